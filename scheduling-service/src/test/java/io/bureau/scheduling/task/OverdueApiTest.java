package io.bureau.scheduling.task;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Tasks past their deadline are announced once each, however many checks run at once or again. */
@QuarkusTest
class OverdueApiTest {

    @Inject
    OverdueCheck check;

    @Inject
    EntityManager entityManager;

    /** Time passes: the task's deadline becomes yesterday (the API refuses a deadline in the past). */
    private void deadlinePassed(UUID task) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update task set deadline = ?1 where id = ?2")
                .setParameter(1, LocalDate.now().minusDays(1)).setParameter(2, task).executeUpdate());
    }

    @Test
    void checksRunningAtOnceAndAgainAnnounceEachOverdueTaskOnce() throws Exception {
        Office office = Work.office();
        List<UUID> late = List.of(Work.create(office), Work.create(office), Work.create(office));
        UUID onTime = Work.create(office);
        UUID accepted = Work.create(office);
        Work.assign(office, late.get(0), office.clerk());
        Work.assign(office, accepted, office.clerk());
        String path = "/api/v1/tasks/" + accepted;
        as(office.clerkToken()).post(path + "/start").then().statusCode(200);
        as(office.clerkToken()).post(path + "/submit").then().statusCode(200);
        as(office.managerToken()).body(Map.of("qualityScore", 3)).post(path + "/accept").then().statusCode(200);
        late.forEach(this::deadlinePassed);
        deadlinePassed(accepted);

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                checks.add(check::announceOverdue);
            }
            for (Future<Integer> done : replicas.invokeAll(checks)) {
                done.get();
            }
        } finally {
            replicas.shutdown();
        }
        check.announceOverdue();

        as(office.managerToken()).queryParam("department", office.department()).get("/api/v1/tasks/overdue").then()
                .statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", not(hasItem(onTime.toString()))).body("items.id", not(hasItem(accepted.toString())))
                .body("items[0].overdue", equalTo(true));
        for (UUID task : late) {
            // The cancellation lands behind any overdue event of the task, so a duplicate would be counted.
            as(office.managerToken()).body(Map.of()).post("/api/v1/tasks/" + task + "/cancel").then().statusCode(200);
            List<Event> events = Work.eventsUntil(task, TaskEvents.CANCELLED);
            assertEquals(1, events.stream().filter(e -> TaskEvents.OVERDUE.equals(e.type())).count(), "overdue events of " + task);
        }
        assertEquals(0, Work.eventsUntil(accepted, TaskEvents.ACCEPTED).stream().filter(e -> TaskEvents.OVERDUE.equals(e.type())).count());
    }

    @Test
    void overdueTasksAreListedForTheirManagersOnly() {
        Office office = Work.office();
        Office other = Work.office();
        UUID task = Work.create(office);
        deadlinePassed(task);
        check.announceOverdue();
        as(office.managerToken()).get("/api/v1/tasks/overdue").then().statusCode(200).body("items.id", hasItem(task.toString()));
        as(other.managerToken()).get("/api/v1/tasks/overdue").then().statusCode(200).body("items.id", not(hasItem(task.toString())));
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/tasks/overdue").then().statusCode(200);
        as(office.clerkToken()).get("/api/v1/tasks/overdue").then().statusCode(403);
        as(Tokens.officeManager(UUID.randomUUID())).get("/api/v1/tasks/overdue").then().statusCode(403);
    }
}
