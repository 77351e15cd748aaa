package io.bureau.procurement.provisioning;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Kits are edited with If-Match; later hires get the new kit, requests made before keep theirs. */
@QuarkusTest
class StandardKitTest {

    @Test
    void aKitIsReplacedWithIfMatchAndLaterHiresGetTheNewOne() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID laptop = StaffEventsTest.item("Laptop");
        UUID phone = StaffEventsTest.item("Phone");
        String position = "Designer " + UUID.randomUUID();
        String kit = asAdmin().body(Map.of("name", "Kit " + position, "position", position,
                "lines", List.of(Map.of("itemId", laptop, "quantity", 1)))).post("/api/v1/standard-kits").then().statusCode(201)
                .extract().path("id");
        UUID first = Org.hire(department, manager, position);
        String etag = as(Tokens.officeManager(manager)).get("/api/v1/standard-kits/" + kit).then().statusCode(200).extract().header("ETag");

        Map<String, Object> change = Map.of("name", "Kit " + position + " v2", "position", position,
                "lines", List.of(Map.of("itemId", phone, "quantity", 2)));
        as(Tokens.employee(UUID.randomUUID())).body(change).put("/api/v1/standard-kits/" + kit).then().statusCode(403);
        as(Tokens.officeManager(manager)).header("If-Match", etag).body(change).put("/api/v1/standard-kits/" + kit).then().statusCode(200)
                .body("name", equalTo("Kit " + position + " v2")).body("lines.itemId", contains(phone.toString()))
                .body("lines.quantity", contains(2));
        as(Tokens.officeManager(manager)).header("If-Match", etag).body(change).put("/api/v1/standard-kits/" + kit).then().statusCode(412);
        as(Tokens.officeManager(manager)).body(Map.of("name", "Kit x", "lines", List.of(Map.of("itemId", phone, "quantity", 1))))
                .put("/api/v1/standard-kits/" + kit).then().statusCode(400).body("errors[0].field", equalTo("position"));
        as(Tokens.officeManager(manager)).body(Map.of("name", "Kit x", "position", "p", "lines", List.of(Map.of("itemId", UUID.randomUUID(), "quantity", 1))))
                .put("/api/v1/standard-kits/" + kit).then().statusCode(400).body("errors[0].field", equalTo("lines[].itemId"));
        String other = asAdmin().body(Map.of("name", "Other " + position, "position", "Other " + position,
                "lines", List.of(Map.of("itemId", laptop, "quantity", 1)))).post("/api/v1/standard-kits").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("name", "Kit " + position + " v2", "position", "x", "lines", List.of(Map.of("itemId", laptop, "quantity", 1))))
                .put("/api/v1/standard-kits/" + other).then().statusCode(409).body("errors[0].field", equalTo("name"));

        UUID second = Org.hire(department, manager, position);
        asAdmin().queryParam("employee", first).get("/api/v1/provisioning-requests").then()
                .body("items[0].lines.itemId", contains(laptop.toString()));
        asAdmin().queryParam("employee", second).get("/api/v1/provisioning-requests").then()
                .body("items[0].lines.itemId", contains(phone.toString())).body("items[0].lines.quantity", contains(2));
        asAdmin().get("/api/v1/audit-trail/standard-kit/" + kit).then().body("items.action", contains("standard-kit.changed", "standard-kit.created"));
    }

    @Test
    void aDepartmentsKitIsSetByItsManagersAndAdminsOnly() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID otherManager = UUID.randomUUID();
        Org.department(otherManager);
        UUID laptop = StaffEventsTest.item("Laptop");
        Map<String, Object> kitOfDepartment = Map.of("name", "Kit of " + department, "departmentId", department,
                "lines", List.of(Map.of("itemId", laptop, "quantity", 1)));
        as(Tokens.officeManager(otherManager)).body(kitOfDepartment).post("/api/v1/standard-kits").then().statusCode(403);
        String kit = as(Tokens.officeManager(manager)).body(kitOfDepartment).post("/api/v1/standard-kits").then().statusCode(201)
                .extract().path("id");
        String etag = as(Tokens.officeManager(manager)).get("/api/v1/standard-kits/" + kit).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = Map.of("name", "Kit of " + department + " v2", "departmentId", department,
                "lines", List.of(Map.of("itemId", laptop, "quantity", 2)));
        as(Tokens.officeManager(otherManager)).header("If-Match", etag).body(change).put("/api/v1/standard-kits/" + kit).then()
                .statusCode(403);
        as(Tokens.officeManager(manager)).header("If-Match", etag).body(change).put("/api/v1/standard-kits/" + kit).then()
                .statusCode(200);
    }
}
