package io.bureau.procurement.equipment;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Preventive schedules open one ticket per due date; completing a ticket charges the MAINTENANCE line, fail closed. */
@QuarkusTest
class MaintenanceTest {

    @Inject
    PreventiveMaintenanceJob job;

    @Inject
    EntityManager entityManager;

    static String asset() {
        return asAdmin().body(Map.of("tag", "M-" + UUID.randomUUID(), "category", "PRINTER", "model", "LaserJet"))
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");
    }

    @Test
    void aScheduleOpensOneTicketPerDueDateNeverTwice() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String asset = asset();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String schedule = as(Tokens.officeManager(manager)).body(Map.of("assetId", asset, "departmentId", department,
                "everyDays", 10, "firstDue", today.minusDays(20))).post("/api/v1/maintenance-schedules").then().statusCode(201)
                .extract().path("id");
        job.run(today);
        job.run(today);
        job.run(today);
        job.run(today);
        asAdmin().queryParam("asset", asset).get("/api/v1/maintenance-tickets").then().body("totalItems", equalTo(3));
        // Put the schedule back to a due date it already opened: the unique constraint keeps it at one ticket.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update maintenance_schedule set next_due = ?1 where id = ?2")
                .setParameter(1, today.minusDays(10)).setParameter(2, UUID.fromString(schedule)).executeUpdate());
        job.run(today);
        job.run(today);
        asAdmin().queryParam("asset", asset).get("/api/v1/maintenance-tickets").then().body("totalItems", equalTo(3));
        asAdmin().queryParam("asset", asset).get("/api/v1/maintenance-schedules").then()
                .body("items[0].nextDue", equalTo(today.plusDays(10).toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(KafkaEvents.withSubject(asset),
                "bureau.procurement.asset").stream().filter(e -> e.type().endsWith("maintenance-due.v1")).count() == 3);
    }

    @Test
    void completingATicketChargesTheMaintenanceLineAndFailsClosedWithoutOne() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID employee = Org.hire(department, manager, "Clerk");
        String asset = asset();
        String ticket = as(Tokens.employee(employee)).body(Map.of("assetId", asset, "departmentId", department,
                "description", "Paper jam")).post("/api/v1/maintenance-tickets").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        as(Tokens.employee(employee)).body(Map.of("cost", money("80.00")))
                .post("/api/v1/maintenance-tickets/" + ticket + "/complete").then().statusCode(403);
        as(Tokens.officeManager(manager)).body(Map.of("cost", money("80.00")))
                .post("/api/v1/maintenance-tickets/" + ticket + "/complete").then().statusCode(409)
                .body("detail", containsString("no MAINTENANCE budget line"));
        UUID line = Budgets.line(department, "MAINTENANCE", "100.00", "BLOCK");
        as(Tokens.officeManager(manager)).body(Map.of("cost", money("80.00")))
                .post("/api/v1/maintenance-tickets/" + ticket + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("cost.amount", equalTo("80.00"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("actual.amount", equalTo("80.00"))
                .body("committed.amount", equalTo("0.00"));
        as(Tokens.officeManager(manager)).body(Map.of("cost", money("1.00")))
                .post("/api/v1/maintenance-tickets/" + ticket + "/complete").then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(KafkaEvents.withSubject(asset),
                "bureau.procurement.asset").stream().anyMatch(e -> e.type().endsWith("maintenance-completed.v1")));
        assertEquals(1, KafkaEvents.matching(KafkaEvents.withSubject(asset), "bureau.procurement.asset").size());
    }
}
