package io.bureau.reviews.metrics;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Scheduling's task events, published to the real broker as scheduling does, become exact work metrics. */
@QuarkusTest
class WorkMetricsEventsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Inject
    EntityManager entityManager;

    private final List<UUID> keys = new ArrayList<>();

    @Test
    void acceptedReturnedAndOverdueTasksBecomeExactNumbersDespiteDuplicatesAndDisorder() {
        Office office = Office.create();
        UUID clerk = office.clerk();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID unheld = UUID.randomUUID();

        accepted(UUID.randomUUID().toString(), a, clerk, at(3), true, 4);
        // Out of order: b's acceptance arrives before the two returns that preceded it.
        accepted(UUID.randomUUID().toString(), b, clerk, at(20), false, 3);
        returned(b, clerk, 2, at(15));
        returned(b, clerk, 1, at(10));
        String cAccepted = UUID.randomUUID().toString();
        accepted(cAccepted, c, clerk, at(25), true, 5);
        accepted(cAccepted, c, clerk, at(25), true, 5);                       // redelivered: same event id
        accepted(UUID.randomUUID().toString(), c, clerk, at(25), true, 5);    // re-published: same fact, new id
        accepted(UUID.randomUUID().toString(), outside, clerk, at(40), false, 1); // April: outside the period
        overdue(late, clerk, LocalDate.of(2026, 3, 5), at(6));
        overdue(late, clerk, LocalDate.of(2026, 3, 5), at(6));               // the same missed deadline again
        overdue(unheld, null, LocalDate.of(2026, 3, 5), at(6));              // nobody held it: counts for nobody
        awaitEveryKeyHandled();

        as(office.managerToken()).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/work-metrics/" + clerk).then().statusCode(200)
                .body("employeeId", equalTo(clerk.toString()))
                .body("periodStart", equalTo("2026-03-01"))
                .body("periodEnd", equalTo("2026-03-31"))
                .body("tasksAccepted", equalTo(3))
                .body("tasksOnTime", equalTo(2))
                .body("onTimeRate", equalTo(0.67f))
                .body("averageQuality", equalTo(4.0f))
                .body("returned", equalTo(2))
                .body("overdue", equalTo(1));
        as(office.clerkToken()).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .get("/api/v1/work-metrics/" + clerk).then().statusCode(200)
                .body("tasksAccepted", equalTo(1))
                .body("onTimeRate", equalTo(0.0f))
                .body("averageQuality", equalTo(1.0f));
        as(office.clerkToken()).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/work-metrics/" + clerk).then().statusCode(200)
                .body("tasksAccepted", equalTo(0))
                .body("onTimeRate", nullValue());
        for (UUID key : keys) {
            assertEquals(List.of(), Feeds.deadLettersAbout(key), "good events are never dead-lettered");
        }
    }

    @Test
    void anAcceptedEventWithoutItsScoreGoesToTheDeadLetterTopic() {
        UUID task = UUID.randomUUID();
        Feeds.taskEvent(UUID.randomUUID().toString(), "accepted", task, Map.of("taskId", task, "assigneeId", UUID.randomUUID(),
                "acceptedAt", at(3), "onTime", true));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !Feeds.deadLettersAbout(task).isEmpty());
    }

    @Test
    void metricsAreReadByThePersonAndTheirManagersOnly() {
        Office office = Office.create();
        String path = "/api/v1/work-metrics/" + office.clerk();
        for (String allowed : List.of(office.clerkToken(), office.managerToken(), office.lineManagerToken(),
                Tokens.topManager(UUID.randomUUID()))) {
            as(allowed).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").get(path).then().statusCode(200);
        }
        for (String refused : List.of(office.peerToken(), Tokens.officeManager(office.peer()), office.otherManagerToken(),
                Tokens.hrIntegration())) {
            as(refused).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").get(path).then().statusCode(403);
        }
        as(office.clerkToken()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-31").get(path).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private static OffsetDateTime at(int dayOfMarch) {
        return OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC).plusDays(dayOfMarch - 1);
    }

    private void accepted(String eventId, UUID task, UUID assignee, OffsetDateTime when, boolean onTime, int quality) {
        Map<String, Object> payload = new HashMap<>(Map.of("taskId", task, "departmentId", UUID.randomUUID(),
                "assigneeId", assignee, "acceptedAt", when, "submittedAt", when.minusHours(2), "onTime", onTime,
                "qualityScore", quality, "returnCount", 0, "priority", 2));
        send(eventId, "accepted", task, payload);
    }

    private void returned(UUID task, UUID assignee, int returnCount, OffsetDateTime when) {
        send(UUID.randomUUID().toString(), "returned", task, Map.of("taskId", task, "assigneeId", assignee,
                "returnCount", returnCount, "at", when));
    }

    private void overdue(UUID task, UUID assignee, LocalDate deadline, OffsetDateTime detected) {
        Map<String, Object> payload = new HashMap<>(Map.of("taskId", task, "deadline", deadline, "detectedAt", detected,
                "status", "ASSIGNED"));
        if (assignee != null) {
            payload.put("assigneeId", assignee);
        }
        send(UUID.randomUUID().toString(), "overdue", task, payload);
    }

    private void send(String eventId, String event, UUID task, Map<String, Object> payload) {
        if (!keys.contains(task)) {
            keys.add(task);
        }
        Feeds.taskEvent(eventId, event, task, payload);
    }

    /** A started event (not used by metrics) last on every task's key: once each is processed, all before it were. */
    private void awaitEveryKeyHandled() {
        List<String> markers = new ArrayList<>();
        for (UUID key : keys) {
            String marker = UUID.randomUUID().toString();
            markers.add(marker);
            Feeds.taskEvent(marker, "started", key, Map.of("taskId", key));
        }
        Feeds.awaitTrue(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from processed_event where event_id in (:ids)").setParameter("ids", markers)
                .getSingleResult()).intValue() == markers.size());
    }
}
