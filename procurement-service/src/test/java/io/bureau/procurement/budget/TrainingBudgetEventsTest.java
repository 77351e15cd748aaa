package io.bureau.procurement.budget;

import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Org;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Reviews' training cost requests, delivered to the real broker, get exactly one budget decision each. */
@QuarkusTest
class TrainingBudgetEventsTest {

    static final String DECISIONS = "bureau.procurement.budget";

    static void costRequested(String eventId, UUID requestId, UUID department, String amount) {
        KafkaEvents.deliver(Org.TRAINING_TOPIC, eventId, "bureau.reviews.training.cost-requested.v1", requestId, Org.json(Map.of(
                "requestId", requestId, "employeeId", UUID.randomUUID(), "departmentId", department, "courseId", UUID.randomUUID(),
                "courseTitle", "Excel advanced", "amount", Org.money(amount), "category", "TRAINING", "requestedAt", Org.now(),
                "someNewField", "ignored")));
    }

    static List<JsonPath> decisionsFor(UUID requestId) {
        return KafkaEvents.matching(e -> "bureau.procurement.budget.decision.v1".equals(e.type())
                && e.value().contains(requestId.toString()), DECISIONS).stream().map(e -> JsonPath.from(e.value())).toList();
    }

    @Test
    void anApprovedRequestCommitsOnTheTrainingLineAndADuplicateGetsNothingNew() {
        UUID department = UUID.randomUUID();
        UUID line = Budgets.line(department, "TRAINING", "1000.00", "BLOCK");
        UUID requestId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        costRequested(eventId, requestId, department, "400.00");
        costRequested(eventId, requestId, department, "400.00");                     // redelivered
        costRequested(UUID.randomUUID().toString(), requestId, department, "400.00"); // sent again under a new event id
        List<JsonPath> decisions = await().atMost(Duration.ofSeconds(60)).until(() -> decisionsFor(requestId), d -> !d.isEmpty());
        JsonPath decision = decisions.get(0);
        assertEquals("APPROVED", decision.getString("outcome"));
        assertEquals("reviews.training", decision.getString("source"));
        assertEquals(line.toString(), decision.getString("budgetLineId"));
        assertEquals("400.00", decision.getString("amount.amount"));
        assertTrue(decision.getString("commitmentId") != null);

        // A marker request after the duplicates: once decided, the duplicates were handled too.
        UUID marker = UUID.randomUUID();
        costRequested(UUID.randomUUID().toString(), marker, department, "1.00");
        await().atMost(Duration.ofSeconds(60)).until(() -> !decisionsFor(marker).isEmpty());
        assertEquals(1, decisionsFor(requestId).size(), "exactly one decision per request id");
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("401.00"));
        List<KafkaEvents.Event> keyed = KafkaEvents.matching(KafkaEvents.withSubject(line), DECISIONS);
        assertTrue(keyed.stream().anyMatch(e -> e.value().contains(requestId.toString())), "keyed by the budget line");

        // Withdrawn (twice): the commitment is released once.
        for (int i = 0; i < 2; i++) {
            KafkaEvents.deliver(Org.TRAINING_TOPIC, UUID.randomUUID().toString(), "bureau.reviews.training.cost-withdrawn.v1",
                    requestId, Org.json(Map.of("requestId", requestId, "departmentId", department)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "1.00".equals(asAdmin().get("/api/v1/budget-lines/" + line)
                .then().extract().path("committed.amount")));
        assertEquals(List.of(), Org.deadLettersAbout(requestId));
    }

    @Test
    void noLineOrNotEnoughAvailableIsRefusedWithTheReason() {
        UUID withoutLine = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        costRequested(UUID.randomUUID().toString(), requestId, withoutLine, "100.00");
        JsonPath refused = await().atMost(Duration.ofSeconds(60)).until(() -> decisionsFor(requestId), d -> !d.isEmpty()).get(0);
        assertEquals("REFUSED", refused.getString("outcome"));
        assertTrue(refused.getString("reason").contains("no TRAINING budget line for department " + withoutLine), refused.prettify());
        assertEquals(null, refused.getString("commitmentId"));
        assertEquals(1, KafkaEvents.matching(KafkaEvents.withSubject(requestId), DECISIONS).size(), "keyed by the request id");

        UUID department = UUID.randomUUID();
        UUID line = Budgets.line(department, "TRAINING", "50.00", "ESCALATE");
        UUID tooMuch = UUID.randomUUID();
        costRequested(UUID.randomUUID().toString(), tooMuch, department, "50.01");
        JsonPath over = await().atMost(Duration.ofSeconds(60)).until(() -> decisionsFor(tooMuch), d -> !d.isEmpty()).get(0);
        assertEquals("REFUSED", over.getString("outcome"));
        assertEquals(line.toString(), over.getString("budgetLineId"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("0.00"));
        assertEquals(List.of(), Org.deadLettersAbout(requestId));
        assertEquals(List.of(), Org.deadLettersAbout(tooMuch));
    }

    @Test
    void aRequestWithoutADepartmentGoesToTheDeadLetterTopic() {
        UUID requestId = UUID.randomUUID();
        KafkaEvents.deliver(Org.TRAINING_TOPIC, UUID.randomUUID().toString(), "bureau.reviews.training.cost-requested.v1", requestId,
                Org.json(Map.of("requestId", requestId, "amount", Org.money("1.00"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> !Org.deadLettersAbout(requestId).isEmpty());
        assertEquals(List.of(), decisionsFor(requestId));
    }

    @Test
    void aWithdrawalArrivingBeforeItsRequestMeansTheRequestIsNeverDecided() {
        UUID department = UUID.randomUUID();
        UUID line = Budgets.line(department, "TRAINING", "100.00", "BLOCK");
        UUID requestId = UUID.randomUUID();
        KafkaEvents.deliver(Org.TRAINING_TOPIC, UUID.randomUUID().toString(), "bureau.reviews.training.cost-withdrawn.v1",
                requestId, Org.json(Map.of("requestId", requestId, "departmentId", department)));
        costRequested(UUID.randomUUID().toString(), requestId, department, "60.00");
        UUID marker = UUID.randomUUID();
        costRequested(UUID.randomUUID().toString(), marker, department, "1.00");
        await().atMost(Duration.ofSeconds(60)).until(() -> !decisionsFor(marker).isEmpty());
        assertEquals(List.of(), decisionsFor(requestId));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("1.00"));
        assertEquals(List.of(), Org.deadLettersAbout(requestId));
    }
}
