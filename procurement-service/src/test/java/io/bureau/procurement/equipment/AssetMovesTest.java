package io.bureau.procurement.equipment;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Repair, back from repair and retirement of assets: the moves, their guards, who may make them, and the history. */
@QuarkusTest
class AssetMovesTest {

    static final Map<String, Map<String, Object>> MOVES = Map.of("repair", Map.of("reason", "again"),
            "retire", Map.of("reason", "again"), "back-from-repair", Map.of("to", "IN_STOCK"));

    static String asset(UUID departmentId) {
        Map<String, Object> body = new HashMap<>(Map.of("tag", "R-" + UUID.randomUUID(), "category", "LAPTOP", "model", "X1"));
        if (departmentId != null) {
            body.put("departmentId", departmentId);
        }
        return asAdmin().body(body).post("/api/v1/assets").then().statusCode(201).extract().path("id");
    }

    static String etag(String asset) {
        return asAdmin().get("/api/v1/assets/" + asset).then().statusCode(200).extract().header("ETag");
    }

    static List<KafkaEvents.Event> events(String asset, String suffix) {
        return KafkaEvents.matching(KafkaEvents.withSubject(asset), "bureau.procurement.asset").stream()
                .filter(e -> e.type().endsWith(suffix)).toList();
    }

    @Test
    void anAssignedAssetGoesToRepairForItsTicketComesBackToItsHolderThenIntoStockAndIsRetired() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID person = Org.hire(department, manager, "Clerk");
        String asset = asset(department);
        RequestSpecification om = as(Tokens.officeManager(manager));
        om.body(Map.of("employeeId", person)).post("/api/v1/assets/" + asset + "/assign").then().statusCode(200);
        as(Tokens.employee(person)).body(Map.of("assetId", asset, "departmentId", UUID.randomUUID(), "description", "Flickers"))
                .post("/api/v1/maintenance-tickets").then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        String ticket = as(Tokens.employee(person)).body(Map.of("assetId", asset, "departmentId", department, "description", "Flickers"))
                .post("/api/v1/maintenance-tickets").then().statusCode(201).extract().path("id");

        as(Tokens.officeManager(manager)).header("If-Match", etag(asset)).body(Map.of("ticketId", ticket, "reason", "Screen"))
                .post("/api/v1/assets/" + asset + "/repair").then().statusCode(200)
                .body("status", equalTo("IN_REPAIR")).body("assigneeId", equalTo(person.toString()))
                .body("allowedTransitions", contains("ASSIGNED", "IN_STOCK", "RETIRED"));
        // Retiring is its own move, with a reason: not a way back from repair.
        as(Tokens.officeManager(manager)).body(Map.of("to", "RETIRED")).post("/api/v1/assets/" + asset + "/back-from-repair").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as(Tokens.officeManager(manager)).body(Map.of("to", "ASSIGNED")).post("/api/v1/assets/" + asset + "/back-from-repair").then()
                .statusCode(200).body("status", equalTo("ASSIGNED")).body("assigneeId", equalTo(person.toString()));
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(200);
        as(Tokens.officeManager(manager)).body(Map.of("to", "IN_STOCK")).post("/api/v1/assets/" + asset + "/back-from-repair").then()
                .statusCode(200).body("status", equalTo("IN_STOCK")).body("assigneeId", nullValue());
        as(Tokens.officeManager(manager)).body(Map.of("reason", "Obsolete")).post("/api/v1/assets/" + asset + "/retire").then()
                .statusCode(200).body("status", equalTo("RETIRED")).body("retiredReason", equalTo("Obsolete"))
                .body("retiredAt", notNullValue()).body("allowedTransitions", emptyIterable());

        // Nothing moves a retired asset: 409 with the (empty) allowed transitions.
        for (var move : MOVES.entrySet()) {
            as(Tokens.officeManager(manager)).body(move.getValue()).post("/api/v1/assets/" + asset + "/" + move.getKey())
                    .then().statusCode(409).body("currentState", equalTo("RETIRED")).body("allowedTransitions", emptyIterable());
        }
        as(Tokens.officeManager(manager)).body(Map.of("employeeId", person)).post("/api/v1/assets/" + asset + "/assign").then()
                .statusCode(409);

        asAdmin().get("/api/v1/assets/" + asset + "/status-changes").then().statusCode(200).body("totalItems", equalTo(6))
                .body("items.to", contains("RETIRED", "IN_STOCK", "IN_REPAIR", "ASSIGNED", "IN_REPAIR", "ASSIGNED"))
                .body("items.from", contains("IN_STOCK", "IN_REPAIR", "ASSIGNED", "IN_REPAIR", "ASSIGNED", "IN_STOCK"))
                .body("items[0].reason", equalTo("Obsolete"))
                .body("items[1].employeeId", equalTo(person.toString()))
                .body("items[4].ticketId", equalTo(ticket));
        // The assignment ended when it went into stock from repair; one returned event, published once.
        asAdmin().get("/api/v1/assets/" + asset + "/assignments").then().body("items[0].returnedAt", notNullValue());
        await().atMost(Duration.ofSeconds(30)).until(() -> events(asset, "returned.v1").size() == 1);
        asAdmin().get("/api/v1/audit-trail/asset/" + asset).then().statusCode(200)
                .body("items.action", contains("asset.retired", "asset.back-from-repair", "asset.sent-to-repair",
                        "asset.back-from-repair", "asset.sent-to-repair", "asset.assigned", "asset.created"));
    }

    @Test
    void retiringAHeldAssetReturnsItFirstAndTicksTheLeaversChecklist() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID person = Org.hire(department, manager, "Clerk");
        String asset = asset(null);
        as(Tokens.officeManager(manager)).body(Map.of("employeeId", person)).post("/api/v1/assets/" + asset + "/assign").then()
                .statusCode(200);
        KafkaEvents.deliver(Org.EMPLOYEE_TOPIC, UUID.randomUUID().toString(), "bureau.staff.employee.terminated.v1", person,
                Org.json(Map.of("employeeId", person, "lastWorkingDay", "2026-12-31")));
        await().atMost(Duration.ofSeconds(60)).until(() -> asAdmin().queryParam("employee", person).get("/api/v1/return-checklists")
                .then().extract().<Integer>path("totalItems") == 1);

        // No owning department: the holder's department decides who may move it.
        as(Tokens.officeManager(manager)).body(Map.of("reason", "Lost by the leaver")).post("/api/v1/assets/" + asset + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("assigneeId", nullValue());
        asAdmin().queryParam("employee", person).get("/api/v1/return-checklists").then()
                .body("items[0].items[0].returned", equalTo(true));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(asset, "returned.v1").size() == 1);
        assertEquals(true, events(asset, "returned.v1").get(0).value().contains(person.toString()));
    }

    @Test
    void illegalMovesAnswer409WithTheAllowedTransitionsAndBadInput400NamingTheField() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String asset = asset(department);
        String other = asset(department);
        RequestSpecification om = as(Tokens.officeManager(manager));
        om.body(Map.of("to", "IN_STOCK")).post("/api/v1/assets/" + asset + "/back-from-repair").then().statusCode(409)
                .body("currentState", equalTo("IN_STOCK")).body("allowedTransitions", contains("ASSIGNED", "IN_REPAIR", "RETIRED"));
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(200);
        // In repair from stock: it has no holder to go back to.
        as(Tokens.officeManager(manager)).body(Map.of("to", "ASSIGNED")).post("/api/v1/assets/" + asset + "/back-from-repair").then()
                .statusCode(409).body("allowedTransitions", contains("IN_STOCK", "RETIRED"));
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(409)
                .body("currentState", equalTo("IN_REPAIR"));

        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + other + "/retire").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(Tokens.officeManager(manager)).body(Map.of("reason", " ")).post("/api/v1/assets/" + other + "/retire").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + other + "/back-from-repair").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Tokens.officeManager(manager)).body(Map.of("ticketId", UUID.randomUUID())).post("/api/v1/assets/" + other + "/repair").then()
                .statusCode(400).body("errors[0].field", equalTo("ticketId"));
        String ticketOfAnother = asAdmin().body(Map.of("assetId", asset, "departmentId", department, "description", "Noise"))
                .post("/api/v1/maintenance-tickets").then().statusCode(201).extract().path("id");
        as(Tokens.officeManager(manager)).body(Map.of("ticketId", ticketOfAnother)).post("/api/v1/assets/" + other + "/repair").then()
                .statusCode(400).body("errors[0].field", equalTo("ticketId")).body("errors[0].message", containsString("another asset"));
        asAdmin().body(Map.of("tag", "R-" + UUID.randomUUID(), "category", "LAPTOP", "model", "X1", "departmentId", UUID.randomUUID()))
                .post("/api/v1/assets").then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        as(Tokens.officeManager(manager)).body(Map.of("reason", "x")).post("/api/v1/assets/" + UUID.randomUUID() + "/retire").then()
                .statusCode(404);
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String asset = asset(department);
        String before = etag(asset);
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(200);
        for (var move : MOVES.entrySet()) {
            as(Tokens.officeManager(manager)).header("If-Match", before).body(move.getValue())
                    .post("/api/v1/assets/" + asset + "/" + move.getKey()).then().statusCode(412);
        }
        as(Tokens.officeManager(manager)).header("If-Match", etag(asset)).body(Map.of("to", "IN_STOCK"))
                .post("/api/v1/assets/" + asset + "/back-from-repair").then().statusCode(200).body("status", equalTo("IN_STOCK"));
    }

    @Test
    void onlyManagersOfTheAssetsDepartmentAndAdminsMoveIt() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID otherManager = UUID.randomUUID();
        Org.department(otherManager);
        UUID lineManager = Org.hire(department, manager, "Team lead");
        UUID person = UUID.randomUUID();
        Org.hired(UUID.randomUUID().toString(), person, department, lineManager, "Clerk");
        Org.awaitProvisioning(person);
        String asset = asset(department);
        String ownerless = asset(null);

        as(Tokens.employee(person)).body(Map.of("reason", "mine")).post("/api/v1/assets/" + asset + "/retire").then().statusCode(403);
        as(Tokens.officeManager(otherManager)).body(Map.of("reason", "x")).post("/api/v1/assets/" + asset + "/retire").then().statusCode(403);
        // A line manager of someone in the department who does not manage the department.
        as(Tokens.officeManager(lineManager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(403);
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + ownerless + "/repair").then().statusCode(403)
                .body("detail", containsString("only admins"));
        asAdmin().body(Map.of()).post("/api/v1/assets/" + ownerless + "/repair").then().statusCode(200);
        asAdmin().get("/api/v1/assets/" + asset).then().body("status", equalTo("IN_STOCK"));
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(200);
        as(Tokens.employee(person)).get("/api/v1/assets/" + asset + "/status-changes").then().statusCode(403);
        as(Tokens.officeManager(manager)).get("/api/v1/assets/" + asset + "/status-changes").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void anAssetsDescriptionAndDepartmentChangeWithIfMatchAndOnlyBetweenDepartmentsTheCallerManages() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID otherManager = UUID.randomUUID();
        UUID other = Org.department(otherManager);
        String asset = asset(null);
        Map<String, Object> mine = Map.of("model", "X2", "serial", "S-1", "purchaseCost", Org.money("900.00"), "departmentId", department);

        // No department yet: admins only give it one.
        as(Tokens.officeManager(manager)).body(mine).put("/api/v1/assets/" + asset).then().statusCode(403);
        asAdmin().header("If-Match", "\"41\"").body(mine).put("/api/v1/assets/" + asset).then().statusCode(412);
        asAdmin().header("If-Match", etag(asset)).body(mine).put("/api/v1/assets/" + asset).then().statusCode(200)
                .body("model", equalTo("X2")).body("departmentId", equalTo(department.toString()))
                .body("purchaseCost.amount", equalTo("900.00")).body("status", equalTo("IN_STOCK"));
        // Its department's manager may change it, but not hand it to a department they do not manage.
        as(Tokens.officeManager(manager)).body(Map.of("model", "X3", "departmentId", other)).put("/api/v1/assets/" + asset).then()
                .statusCode(403);
        as(Tokens.officeManager(otherManager)).body(Map.of("model", "X3", "departmentId", other)).put("/api/v1/assets/" + asset).then()
                .statusCode(403);
        as(Tokens.officeManager(manager)).body(Map.of("model", "X3", "departmentId", department,
                "purchaseCost", Map.of("amount", "1.00", "currency", "USD"))).put("/api/v1/assets/" + asset).then().statusCode(400)
                .body("errors[0].field", equalTo("purchaseCost.currency"));
        as(Tokens.officeManager(manager)).body(Map.of("departmentId", department)).put("/api/v1/assets/" + asset).then().statusCode(400)
                .body("errors[0].field", equalTo("model"));
        as(Tokens.officeManager(manager)).body(Map.of("model", "X3", "departmentId", department)).put("/api/v1/assets/" + asset).then()
                .statusCode(200).body("model", equalTo("X3")).body("serial", nullValue());
        // Handed over by an admin, the other department's manager moves it, the first no longer does.
        asAdmin().body(Map.of("model", "X3", "departmentId", other)).put("/api/v1/assets/" + asset).then().statusCode(200);
        as(Tokens.officeManager(manager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(403);
        as(Tokens.officeManager(otherManager)).body(Map.of()).post("/api/v1/assets/" + asset + "/repair").then().statusCode(200);
        asAdmin().get("/api/v1/audit-trail/asset/" + asset).then().body("items[1].action", equalTo("asset.changed"))
                .body("items[1].after.departmentId", equalTo(other.toString()));
    }
}
