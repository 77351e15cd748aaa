package io.bureau.procurement.provisioning;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** Staff's hired and terminated events, delivered to the real broker: one kit per hire, one return checklist per leaver. */
@QuarkusTest
class StaffEventsTest {

    static UUID item(String name) {
        return UUID.fromString(asAdmin().body(Map.of("sku", "SKU-" + UUID.randomUUID(), "name", name, "unit", "piece",
                "category", "EQUIPMENT", "reorderPoint", 0, "reorderQuantity", 0)).post("/api/v1/supply-items").then()
                .statusCode(201).extract().path("id"));
    }

    static UUID location() {
        return UUID.fromString(asAdmin().body(Map.of("name", "Store " + UUID.randomUUID())).post("/api/v1/stock-locations").then()
                .statusCode(201).extract().path("id"));
    }

    @Test
    void theSameHireDeliveredTwiceMakesOneProvisioningRequestIssuedFromStockWherePossible() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID laptop = item("Laptop");
        UUID phone = item("Phone");
        UUID store = location();
        asAdmin().body(Map.of("kind", "RECEIPT", "itemId", laptop, "locationId", store, "quantity", 3))
                .post("/api/v1/stock-movements").then().statusCode(201);
        String position = "Analyst " + UUID.randomUUID();
        asAdmin().body(Map.of("name", "Kit " + position, "position", position, "lines", List.of(
                Map.of("itemId", laptop, "quantity", 1), Map.of("itemId", phone, "quantity", 1))))
                .post("/api/v1/standard-kits").then().statusCode(201);

        UUID person = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Org.hired(eventId, person, department, manager, position);
        Org.hired(eventId, person, department, manager, position);                       // redelivered
        Org.hired(UUID.randomUUID().toString(), person, department, manager, position);  // published again
        Org.awaitProvisioning(person);
        // A marker hire after the duplicates: once it is handled, so were they.
        Org.hire(department, manager, "Marker");

        as(Tokens.officeManager(manager)).queryParam("employee", person).get("/api/v1/provisioning-requests").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].lines.issued", containsInAnyOrder(1, 0));
        asAdmin().get("/api/v1/supply-items/" + laptop).then().body("inStock", equalTo(2));
        as(Tokens.employee(person)).queryParam("employee", person).get("/api/v1/provisioning-requests").then().statusCode(200);
        as(Tokens.employee(UUID.randomUUID())).queryParam("employee", person).get("/api/v1/provisioning-requests").then().statusCode(403);
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }

    @Test
    void aTerminationOpensAReturnChecklistOfEveryAssignedAssetAndAReturnTicksIt() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID person = Org.hire(department, manager, "Clerk");
        String laptop = asset();
        String phone = asset();
        asset();
        for (String asset : List.of(laptop, phone)) {
            as(Tokens.officeManager(manager)).body(Map.of("employeeId", person)).post("/api/v1/assets/" + asset + "/assign").then()
                    .statusCode(200).body("status", equalTo("ASSIGNED"));
        }
        as(Tokens.officeManager(manager)).body(Map.of("employeeId", person)).post("/api/v1/assets/" + laptop + "/assign").then()
                .statusCode(409);

        for (int i = 0; i < 2; i++) {
            KafkaEvents.deliver(Org.EMPLOYEE_TOPIC, UUID.randomUUID().toString(), "bureau.staff.employee.terminated.v1", person,
                    Org.json(Map.of("employeeId", person, "lastWorkingDay", "2026-12-31")));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> asAdmin().queryParam("employee", person).get("/api/v1/return-checklists")
                .then().extract().<Integer>path("totalItems") == 1);
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + laptop + "/return").then().statusCode(200)
                .body("status", equalTo("IN_STOCK"));
        asAdmin().queryParam("employee", person).get("/api/v1/return-checklists").then()
                .body("totalItems", equalTo(1))
                .body("items[0].items.assetId", containsInAnyOrder(laptop, phone))
                .body("items[0].items.find { it.assetId == '" + laptop + "' }.returned", equalTo(true))
                .body("items[0].items.find { it.assetId == '" + phone + "' }.returned", equalTo(false));
        asAdmin().get("/api/v1/assets/" + laptop + "/assignments").then().body("items.employeeId", contains(person.toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(KafkaEvents.withSubject(laptop),
                "bureau.procurement.asset").size() == 2);
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }

    @Test
    void anOlderHireArrivingAfterANewerUpdateKeepsTheNewerProfileAndStillOpensOneRequest() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID lineManager = Org.hire(department, manager, "Team lead");
        UUID person = UUID.randomUUID();
        var hiredAt = Org.now();
        Org.deliverAt(Org.EMPLOYEE_TOPIC, "bureau.staff.employee.updated.v1", person, hiredAt.plusSeconds(30),
                Org.profile(person, department, lineManager, "Senior clerk"));
        Org.deliverAt(Org.EMPLOYEE_TOPIC, "bureau.staff.employee.hired.v1", person, hiredAt,
                Org.profile(person, department, manager, "Clerk"));
        Org.awaitProvisioning(person);
        asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then()
                .body("items[0].position", equalTo("Senior clerk"));
        // The line manager from the newer update holds: they may read the person's kit.
        as(Tokens.officeManager(lineManager)).queryParam("employee", person).get("/api/v1/provisioning-requests").then()
                .statusCode(200);
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }

    @Test
    void aHireWithoutADepartmentGoesToTheDeadLetterTopic() {
        UUID person = UUID.randomUUID();
        Map<String, Object> profile = Org.profile(person, UUID.randomUUID(), null, "Clerk");
        profile.remove("departmentId");
        Org.deliverAt(Org.EMPLOYEE_TOPIC, "bureau.staff.employee.hired.v1", person, Org.now(), profile);
        await().atMost(Duration.ofSeconds(60)).until(() -> !Org.deadLettersAbout(person).isEmpty());
        asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then().body("totalItems", equalTo(0));
    }

    static String asset() {
        return asAdmin().body(Map.of("tag", "T-" + UUID.randomUUID(), "category", "LAPTOP", "model", "X1"))
                .post("/api/v1/assets").then().statusCode(201).body("status", equalTo("IN_STOCK")).extract().path("id");
    }
}
