package io.bureau.staff.department;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DepartmentApiTest {

    private static final String TOPIC = "bureau.staff.department";

    @Test
    void createsRenamesMovesAndSetsTheManagerPublishingEachChange() {
        UUID parent = Staff.department(null);
        String name = Staff.unique("Registry");
        String id = asAdmin().body(Map.of("name", name)).post("/api/v1/departments")
                .then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo(name)).extract().path("id");
        Event created = Staff.awaitEvent(id, TOPIC, DepartmentEvents.CREATED);
        assertTrue(created.value().contains(name));

        UUID manager = Staff.employee(UUID.fromString(id), null);
        Map<String, Object> change = new HashMap<>(Map.of("name", name + " & archive", "parentId", parent, "managerId", manager));
        asAdmin().header("If-Match", "\"0\"").body(change).put("/api/v1/departments/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("parentId", equalTo(parent.toString())).body("managerId", equalTo(manager.toString()));
        Event updated = Staff.awaitEvent(id, TOPIC, DepartmentEvents.UPDATED);
        assertTrue(updated.value().contains(manager.toString()), updated.value());

        asAdmin().get("/api/v1/departments/" + parent + "/sub-departments")
                .then().statusCode(200).body("items.id", contains(id)).body("totalItems", equalTo(1));
        asAdmin().get("/api/v1/departments/" + id + "/members")
                .then().statusCode(200).body("items.id", hasItem(manager.toString()));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        Team team = Staff.team();
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Renamed")).put("/api/v1/departments/" + team.departmentId())
                .then().statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(1));
    }

    @Test
    void refusesABlankNameAnUnknownParentAndAMoveUnderItself() {
        asAdmin().body(Map.of("name", " ")).post("/api/v1/departments")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("name"));
        asAdmin().body(Map.of("name", "Orphan", "parentId", UUID.randomUUID())).post("/api/v1/departments")
                .then().statusCode(400).body("errors.field", contains("parentId"));
        UUID top = Staff.department(null);
        UUID below = Staff.department(top);
        asAdmin().body(Map.of("name", "Loop", "parentId", below)).put("/api/v1/departments/" + top)
                .then().statusCode(400).body("errors.field", contains("parentId"));
    }

    @Test
    void onlyAdminsShapeTheTreeAndOnlyItsManagersListAnotherDepartmentsMembers() {
        Team mine = Staff.team();
        Team other = Staff.team();
        as(mine.managerToken()).body(Map.of("name", "Mine now")).post("/api/v1/departments")
                .then().statusCode(403).contentType("application/problem+json");
        as(mine.managerToken()).get("/api/v1/departments/" + other.departmentId() + "/members")
                .then().statusCode(403);
        as(mine.managerToken()).get("/api/v1/departments/" + mine.departmentId() + "/members")
                .then().statusCode(200).body("items.id", hasItem(mine.managerId().toString()));
        assertEquals(401, io.restassured.RestAssured.given().get("/api/v1/departments").statusCode());
    }
}
