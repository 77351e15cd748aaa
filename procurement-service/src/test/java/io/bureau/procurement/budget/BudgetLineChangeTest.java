package io.bureau.procurement.budget;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Admins change a line's amount (never below committed + actual) and close lines, which then take no new commitment. */
@QuarkusTest
class BudgetLineChangeTest {

    static Response commit(UUID manager, UUID line, String amount) {
        return as(Tokens.officeManager(manager)).body(Map.of("budgetLineId", line, "amount", money(amount), "reference", "test"))
                .post("/api/v1/budget-commitments");
    }

    static String etag(UUID line) {
        return asAdmin().get("/api/v1/budget-lines/" + line).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theAmountChangesWithIfMatchButNeverBelowCommittedPlusActual() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "SUPPLIES", "1000.00", "BLOCK");
        commit(manager, line, "600.00").then().statusCode(201);
        String stale = etag(line);
        commit(manager, line, "100.00").then().statusCode(201);

        asAdmin().header("If-Match", stale).body(Map.of("amount", money("2000.00"), "policy", "BLOCK"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(412);
        asAdmin().header("If-Match", etag(line)).body(Map.of("amount", money("650.00"), "policy", "BLOCK"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(409)
                .body("errors[0].field", equalTo("amount.amount"))
                .body("detail", containsString("short by 50.00 EUR"));
        asAdmin().body(Map.of("amount", Map.of("amount", "800.00", "currency", "USD"), "policy", "BLOCK"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(400).body("errors[0].field", equalTo("amount.currency"));
        asAdmin().body(Map.of("amount", money("800.00"))).put("/api/v1/budget-lines/" + line).then().statusCode(400)
                .body("errors[0].field", equalTo("policy"));
        as(Tokens.officeManager(manager)).body(Map.of("amount", money("5000.00"), "policy", "WARN"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).body(Map.of("amount", money("5000.00"), "policy", "WARN"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(403);

        // Down to exactly what is used: 100 %, published once; then up, and the 100 % is armed again.
        String answered = asAdmin().header("If-Match", etag(line)).body(Map.of("amount", money("700.00"), "policy", "WARN"))
                .put("/api/v1/budget-lines/" + line).then().statusCode(200)
                .body("amount.amount", equalTo("700.00")).body("available.amount", equalTo("0.00")).body("policy", equalTo("WARN"))
                .body("usedPercent", equalTo(100)).extract().header("ETag");
        // Crossing a threshold marks the line too: the answer's ETag is still the version that committed.
        assertEquals(etag(line), answered);
        asAdmin().body(Map.of("amount", money("800.00"), "policy", "BLOCK")).put("/api/v1/budget-lines/" + line).then().statusCode(200)
                .body("available.amount", equalTo("100.00"));
        commit(manager, line, "100.01").then().statusCode(409);
        commit(manager, line, "100.00").then().statusCode(201);
        List<KafkaEvents.Event> thresholds = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaEvents.matching(KafkaEvents.withSubject(line), "bureau.procurement.budget"), e -> e.size() >= 3);
        assertEquals(List.of(80, 100, 100), thresholds.stream().map(e -> JsonPath.from(e.value()).getInt("thresholdPercent")).toList());
        asAdmin().get("/api/v1/audit-trail/budget-line/" + line).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("budget-line.changed", "budget-line.opened"));
        as(Tokens.officeManager(manager)).get("/api/v1/audit-trail/budget-line/" + line).then().statusCode(403);
    }

    @Test
    void aClosedLineTakesNoNewCommitmentButWhatWasCommittedMayStillBeReleased() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "EQUIPMENT", "1000.00", "WARN");
        String commitment = commit(manager, line, "300.00").then().statusCode(201).extract().path("id");
        as(Tokens.officeManager(manager)).post("/api/v1/budget-lines/" + line + "/close").then().statusCode(403);
        asAdmin().header("If-Match", "\"999\"").post("/api/v1/budget-lines/" + line + "/close").then().statusCode(412);
        asAdmin().header("If-Match", etag(line)).post("/api/v1/budget-lines/" + line + "/close").then().statusCode(200)
                .body("closed", equalTo(true)).body("closedAt", notNullValue());
        commit(manager, line, "1.00").then().statusCode(409).body("detail", containsString("closed"));
        asAdmin().post("/api/v1/budget-lines/" + line + "/close").then().statusCode(409).body("currentState", equalTo("CLOSED"));
        asAdmin().body(Map.of("amount", money("2000.00"), "policy", "WARN")).put("/api/v1/budget-lines/" + line).then().statusCode(409);
        as(Tokens.officeManager(manager)).post("/api/v1/budget-commitments/" + commitment + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        as(Tokens.officeManager(manager)).get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("0.00"))
                .body("closed", equalTo(true));
    }

    @Test
    void aTrainingCostOnAClosedLineIsRefusedWithTheReason() {
        UUID department = UUID.randomUUID();
        UUID line = Budgets.line(department, "TRAINING", "1000.00", "WARN");
        asAdmin().post("/api/v1/budget-lines/" + line + "/close").then().statusCode(200);
        UUID requestId = UUID.randomUUID();
        TrainingBudgetEventsTest.costRequested(UUID.randomUUID().toString(), requestId, department, "10.00");
        List<JsonPath> decisions = await().atMost(Duration.ofSeconds(60)).until(() -> TrainingBudgetEventsTest.decisionsFor(requestId),
                d -> !d.isEmpty());
        assertEquals("REFUSED", decisions.get(0).getString("outcome"));
        assertTrue(decisions.get(0).getString("reason").contains("closed"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("0.00"));
    }
}
