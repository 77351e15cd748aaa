package io.bureau.procurement.equipment;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** A category schedule opens one ticket per asset of the category and due date, skips retired assets, never twice. */
@QuarkusTest
class CategoryMaintenanceTest {

    @Inject
    PreventiveMaintenanceJob job;

    @Inject
    CategoryMaintenanceService categories;

    static String asset(String category) {
        return asAdmin().body(Map.of("tag", "C-" + UUID.randomUUID(), "category", category, "model", "M"))
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");
    }

    static int tickets(String asset) {
        return asAdmin().queryParam("asset", asset).get("/api/v1/maintenance-tickets").then().statusCode(200).extract()
                .<Integer>path("totalItems");
    }

    static long dueEvents(String asset) {
        return KafkaEvents.matching(KafkaEvents.withSubject(asset), "bureau.procurement.asset").stream()
                .filter(e -> e.type().endsWith("maintenance-due.v1")).count();
    }

    @Test
    void everyAssetOfTheCategoryGetsOneTicketPerDueDateAndRetiredOnesNone() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String category = "SHREDDER-" + UUID.randomUUID();
        String first = asset(category);
        String second = asset(category);
        String retired = asset(category);
        String otherCategory = asset("SHREDDER-OTHER-" + UUID.randomUUID());
        asAdmin().body(Map.of("reason", "Scrapped")).post("/api/v1/assets/" + retired + "/retire").then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        as(Tokens.employee(manager)).body(Map.of("category", category, "departmentId", department, "everyDays", 7,
                "firstDue", today.minusDays(10))).post("/api/v1/maintenance-category-schedules").then().statusCode(403);
        as(Tokens.officeManager(UUID.randomUUID())).body(Map.of("category", category, "departmentId", department, "everyDays", 7,
                "firstDue", today.minusDays(10))).post("/api/v1/maintenance-category-schedules").then().statusCode(403);
        as(Tokens.officeManager(manager)).body(Map.of("category", category, "departmentId", department, "everyDays", 0,
                "firstDue", today)).post("/api/v1/maintenance-category-schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("everyDays"));
        String schedule = as(Tokens.officeManager(manager)).body(Map.of("category", category, "departmentId", department, "everyDays", 7,
                "firstDue", today.minusDays(10))).post("/api/v1/maintenance-category-schedules").then().statusCode(201)
                .body("lastDue", equalTo(today.minusDays(3).toString())).body("nextDue", equalTo(today.plusDays(4).toString()))
                .extract().path("id");
        as(Tokens.officeManager(manager)).queryParam("category", category).get("/api/v1/maintenance-category-schedules").then()
                .statusCode(200).body("items[0].id", equalTo(schedule));

        // Four runs at once, as on four replicas: one ticket per asset for the due date reached (today - 3).
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit((Callable<Integer>) () -> categories.openDue(UUID.fromString(schedule), today)));
        }
        int opened = 0;
        for (Future<Integer> run : runs) {
            opened += run.get();
        }
        pool.shutdown();
        assertEquals(2, opened);
        job.run(today);
        job.run(today.plusDays(3));
        assertEquals(1, tickets(first));
        assertEquals(1, tickets(second));
        assertEquals(0, tickets(retired));
        assertEquals(0, tickets(otherCategory));
        asAdmin().queryParam("asset", first).get("/api/v1/maintenance-tickets").then()
                .body("items[0].dueOn", equalTo(today.minusDays(3).toString()))
                .body("items[0].categoryScheduleId", equalTo(schedule))
                .body("items[0].departmentId", equalTo(department.toString()))
                .body("items[0].status", equalTo("OPEN"));

        // An asset added to the category later is serviced from the next due date; the next due date opens once per asset.
        String late = asset(category);
        job.run(today.plusDays(4));
        job.run(today.plusDays(5));
        assertEquals(2, tickets(first));
        assertEquals(2, tickets(second));
        assertEquals(1, tickets(late));
        assertEquals(0, tickets(retired));
        await().atMost(Duration.ofSeconds(30)).until(() -> dueEvents(first) == 2 && dueEvents(second) == 2 && dueEvents(late) == 1);
        assertEquals(0, dueEvents(retired));
    }

    @Test
    void aRetiredAssetsOwnScheduleOpensNothing() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String asset = asset("PLOTTER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as(Tokens.officeManager(manager)).body(Map.of("assetId", asset, "departmentId", department, "everyDays", 30,
                "firstDue", today.minusDays(1))).post("/api/v1/maintenance-schedules").then().statusCode(201);
        asAdmin().body(Map.of("reason", "Sold")).post("/api/v1/assets/" + asset + "/retire").then().statusCode(200);
        job.run(today);
        assertEquals(0, tickets(asset));
    }
}
