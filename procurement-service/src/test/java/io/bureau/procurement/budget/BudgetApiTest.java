package io.bureau.procurement.budget;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Budget lines: the report, commitments checked atomically, thresholds once each, access by department. */
@QuarkusTest
class BudgetApiTest {

    @Test
    void manyParallelCommitmentsNeverOverdrawALineAndEveryRefusalIsAClean409() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "SUPPLIES", "1000.00", "BLOCK");
        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String reference = "parallel " + i;
                Callable<Response> commit = () -> {
                    start.await();
                    return as(Tokens.officeManager(manager)).body(Map.of("budgetLineId", line, "amount", money("100.00"),
                            "reference", reference)).post("/api/v1/budget-commitments");
                };
                answers.add(pool.submit(commit));
            }
            start.countDown();
            int committed = 0;
            int refused = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                if (response.statusCode() == 201) {
                    committed++;
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
                    assertEquals("urn:bureau:problem:conflict", response.path("type"), response.asString());
                    refused++;
                }
            }
            assertEquals(10, committed);
            assertEquals(attempts - 10, refused);
        } finally {
            pool.shutdownNow();
        }
        as(Tokens.officeManager(manager)).get("/api/v1/budget-lines/" + line).then().statusCode(200)
                .body("committed.amount", equalTo("1000.00"))
                .body("available.amount", equalTo("0.00"))
                .body("usedPercent", equalTo(100));
    }

    @Test
    void theReportShowsAmountCommittedActualAvailableAndThresholdsArePublishedOnceEach() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "MAINTENANCE", "500.00", "WARN");
        commit(manager, line, "300.00").then().statusCode(201);
        as(Tokens.officeManager(manager)).get("/api/v1/budget-lines/" + line).then().statusCode(200)
                .body("amount", equalTo(Map.of("amount", "500.00", "currency", "EUR")))
                .body("committed.amount", equalTo("300.00"))
                .body("actual.amount", equalTo("0.00"))
                .body("available.amount", equalTo("200.00"))
                .body("policy", equalTo("WARN"));
        commit(manager, line, "110.00").then().statusCode(201);   // 82 %
        commit(manager, line, "10.00").then().statusCode(201);    // 84 %, nothing new
        commit(manager, line, "200.00").then().statusCode(201);   // 124 %: WARN lets it through
        as(Tokens.officeManager(manager)).get("/api/v1/budget-lines/" + line).then()
                .body("available.amount", equalTo("-120.00"));
        List<KafkaEvents.Event> thresholds = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaEvents.matching(KafkaEvents.withSubject(line), "bureau.procurement.budget"), e -> e.size() >= 2);
        assertEquals(2, thresholds.size());
        assertEquals(80, JsonPath.from(thresholds.get(0).value()).getInt("thresholdPercent"));
        assertEquals(100, JsonPath.from(thresholds.get(1).value()).getInt("thresholdPercent"));
        assertEquals("-120.00", JsonPath.from(thresholds.get(1).value()).getString("available.amount"));
        assertEquals("bureau.procurement.budget.threshold-reached.v1", thresholds.get(0).type());
    }

    @Test
    void aBlockLineRefusesWhatExceedsAvailableAndAReleaseGivesItBack() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "EQUIPMENT", "100.00", "BLOCK");
        String commitment = commit(manager, line, "80.00").then().statusCode(201).extract().path("id");
        commit(manager, line, "20.01").then().statusCode(409).body("detail", containsString("20.00 EUR available"));
        as(Tokens.officeManager(manager)).post("/api/v1/budget-commitments/" + commitment + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        as(Tokens.officeManager(manager)).post("/api/v1/budget-commitments/" + commitment + "/release").then().statusCode(200);
        as(Tokens.officeManager(manager)).get("/api/v1/budget-lines/" + line).then().body("available.amount", equalTo("100.00"));
    }

    @Test
    void anEscalateLineOnlyAnAdminOrTopManagerMayExceed() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "TRAINING", "100.00", "ESCALATE");
        commit(manager, line, "150.00").then().statusCode(409).body("detail", containsString("ESCALATE"));
        asAdmin().body(Map.of("budgetLineId", line, "amount", money("150.00"), "reference", "approved above"))
                .post("/api/v1/budget-commitments").then().statusCode(201);
    }

    @Test
    void anotherCurrencyIsRefusedNamingTheField() {
        UUID department = UUID.randomUUID();
        asAdmin().body(Map.of("periodId", Budgets.currentPeriod(), "departmentId", department, "category", "SUPPLIES",
                        "amount", Map.of("amount", "10.00", "currency", "USD"), "policy", "BLOCK"))
                .post("/api/v1/budget-lines").then().statusCode(400)
                .body("errors[0].field", equalTo("amount.currency"));
        asAdmin().body(Map.of("periodId", Budgets.currentPeriod(), "departmentId", department, "category", "CATERING",
                        "amount", money("10.00"), "policy", "BLOCK"))
                .post("/api/v1/budget-lines").then().statusCode(400);
    }

    @Test
    void aSecondLineForTheSameDepartmentAndCategoryIsA409() {
        UUID department = UUID.randomUUID();
        Budgets.line(department, "SUPPLIES", "10.00", "BLOCK");
        asAdmin().body(Map.of("periodId", Budgets.currentPeriod(), "departmentId", department, "category", "SUPPLIES",
                "amount", money("10.00"), "policy", "BLOCK")).post("/api/v1/budget-lines").then().statusCode(409);
    }

    @Test
    void budgetsAreReadByTheirDepartmentsManagersAndTopManagersOnly() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID line = Budgets.line(department, "SUPPLIES", "10.00", "BLOCK");
        UUID otherManager = UUID.randomUUID();
        Org.department(otherManager);
        UUID employee = Org.hire(department, manager, "Clerk");

        as(Tokens.officeManager(manager)).queryParam("department", department).get("/api/v1/budget-lines").then().statusCode(200)
                .body("totalItems", equalTo(1));
        as(Tokens.officeManager(otherManager)).queryParam("department", department).get("/api/v1/budget-lines").then().statusCode(403);
        as(Tokens.officeManager(otherManager)).get("/api/v1/budget-lines/" + line).then().statusCode(403);
        commit(otherManager, line, "1.00").then().statusCode(403);
        as(Tokens.employee(employee)).get("/api/v1/budget-lines/" + line).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/budget-lines/" + line).then().statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).queryParam("department", department).get("/api/v1/budget-lines").then()
                .statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).body(Map.of("budgetLineId", line, "amount", money("1.00"), "reference", "x"))
                .post("/api/v1/budget-commitments").then().statusCode(403);
    }

    private static Response commit(UUID manager, UUID line, String amount) {
        return as(Tokens.officeManager(manager)).body(Map.of("budgetLineId", line, "amount", money(amount), "reference", "test"))
                .post("/api/v1/budget-commitments");
    }
}
