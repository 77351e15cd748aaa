package io.bureau.staff.employee;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.KafkaEvents.Event;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EmployeeApiTest {

    @Test
    void aManagerHiresIntoTheirDepartmentAndTheHireIsPublishedAndAudited() {
        Team team = Staff.team();
        Map<String, Object> profile = Staff.profile(team.departmentId(), team.managerId());
        String id = as(team.managerToken()).body(profile).post("/api/v1/employees")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("workingDays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .extract().path("id");

        Event hired = Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.HIRED);
        assertTrue(hired.value().contains((String) profile.get("workEmail")));
        assertFalse(hired.value().contains("+44"), "the phone number stays in the service");
        assertTrue(hired.headers().get("ce_source").contains("staff-service"), hired.headers().toString());

        asAdmin().get("/api/v1/employees/" + id + "/audit-trail").then().statusCode(200)
                .body("items[0].action", equalTo("employee.hired"))
                .body("items[0].actor", equalTo(team.managerId().toString()))
                .body("items[0].after.workEmail", equalTo(profile.get("workEmail")));
    }

    @Test
    void invalidProfilesNameTheirFields() {
        Team team = Staff.team();
        Map<String, Object> profile = Staff.profile(team.departmentId(), null);
        profile.put("workEmail", "not-an-email");
        profile.put("weeklyHours", 90);
        asAdmin().body(profile).post("/api/v1/employees").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("workEmail", "weeklyHours"));

        Map<String, Object> unknownField = Staff.profile(team.departmentId(), null);
        unknownField.put("salary", 1);
        asAdmin().body(unknownField).post("/api/v1/employees").then().statusCode(400).body("errors.field", contains("salary"));

        Map<String, Object> duplicate = Staff.profile(team.departmentId(), null);
        asAdmin().body(duplicate).post("/api/v1/employees").then().statusCode(201);
        duplicate.put("workEmail", ((String) duplicate.get("workEmail")).toUpperCase());
        asAdmin().body(duplicate).post("/api/v1/employees").then().statusCode(409).body("errors.field", contains("workEmail"));
    }

    @Test
    void peopleReadThemselvesAndManagersOnlyTheirOwnDepartments() {
        Team mine = Staff.team();
        Team other = Staff.team();
        UUID me = Staff.employee(mine.departmentId(), mine.managerId());
        UUID colleague = Staff.employee(mine.departmentId(), mine.managerId());
        UUID stranger = Staff.employee(other.departmentId(), other.managerId());

        as(Staff.employeeToken(me)).get("/api/v1/employees/" + me).then().statusCode(200).header("ETag", "\"0\"");
        as(Staff.employeeToken(me)).get("/api/v1/employees/me").then().statusCode(200).body("id", equalTo(me.toString()));
        as(Staff.employeeToken(me)).get("/api/v1/employees/" + colleague).then().statusCode(403)
                .contentType("application/problem+json");
        as(Staff.employeeToken(me)).get("/api/v1/employees").then().statusCode(403);

        as(mine.managerToken()).get("/api/v1/employees/" + colleague).then().statusCode(200);
        as(mine.managerToken()).get("/api/v1/employees/" + stranger).then().statusCode(403);
        as(mine.managerToken()).body(Staff.profile(other.departmentId(), null)).post("/api/v1/employees").then().statusCode(403);
        as(mine.managerToken()).body(Staff.profileChange(other.departmentId())).put("/api/v1/employees/" + stranger).then().statusCode(403);
        as(TestTokens.client("reader", "top-manager")).get("/api/v1/employees/" + stranger).then().statusCode(200);
        as(TestTokens.client("hr-sync", "hr-integration")).get("/api/v1/employees/" + stranger).then().statusCode(403);
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndAFreshOneIsPublished() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        Map<String, Object> profile = Staff.profileChange(team.departmentId());
        profile.put("position", "Senior clerk");
        as(team.managerToken()).header("If-Match", "\"0\"").body(profile).put("/api/v1/employees/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("position", equalTo("Senior clerk"));
        as(team.managerToken()).header("If-Match", "\"0\"").body(profile).put("/api/v1/employees/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.UPDATED);
    }

    @Test
    void statusMovesThroughLeaveBackToActiveAndToTerminationAndRefusesIllegalMoves() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + id + "/status";
        LocalDate today = LocalDate.now();

        as(team.managerToken()).body(Map.of("status", "ON_LEAVE", "from", today.toString())).put(path)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("until", "reason"));
        as(team.managerToken()).body(Map.of("status", "ON_LEAVE", "from", today.toString(),
                        "until", today.plusMonths(3).toString(), "reason", "Parental leave")).put(path)
                .then().statusCode(200).body("status", equalTo("ON_LEAVE"))
                .body("statusUntil", equalTo(today.plusMonths(3).toString()));
        as(team.managerToken()).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).put(path).then().statusCode(412);
        as(team.managerToken()).body(Map.of("status", "ACTIVE")).put(path).then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(team.managerToken()).body(Map.of("status", "TERMINATED", "lastWorkingDay", today.plusDays(30).toString(),
                "reason", "Moved abroad")).put(path).then().statusCode(200).body("status", equalTo("TERMINATED"));
        as(team.managerToken()).body(Map.of("status", "ACTIVE")).put(path).then().statusCode(409)
                .body("currentState", equalTo("TERMINATED")).body("allowedTransitions.size()", equalTo(0));
        as(team.managerToken()).body(Map.of("kind", "LEAVE", "firstDay", today.plusDays(29).toString(),
                "lastDay", today.plusDays(31).toString())).post("/api/v1/employees/" + id + "/absences").then().statusCode(409);

        var changes = Staff.awaitEvents(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.STATUS_CHANGED, 3);
        assertFalse(changes.get(0).value().contains("Parental"), "reasons stay in the service");
        assertTrue(changes.get(2).value().contains("TERMINATED"), "leaving is a status change too: " + changes.get(2).value());
        Event terminated = Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.TERMINATED);
        assertTrue(terminated.value().contains(today.plusDays(30).toString()));
        assertFalse(terminated.value().contains("abroad"));
    }

    @Test
    void theReasonForALeaveIsForThePersonTheirManagerChainAndAdminsOnly() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        UUID id = Staff.employee(sub.departmentId(), sub.managerId());
        LocalDate today = LocalDate.now();
        as(sub.managerToken()).body(Map.of("status", "ON_LEAVE", "from", today.toString(),
                "until", today.plusMonths(1).toString(), "reason", "Surgery")).put("/api/v1/employees/" + id + "/status")
                .then().statusCode(200).body("statusReason", equalTo("Surgery"));

        for (String entitled : List.of(Staff.employeeToken(id), sub.managerToken(), TestTokens.admin())) {
            as(entitled).get("/api/v1/employees/" + id).then().statusCode(200).body("statusReason", equalTo("Surgery"));
        }
        for (String outsider : List.of(parent.managerToken(), TestTokens.client("board", "top-manager"))) {
            as(outsider).get("/api/v1/employees/" + id).then().statusCode(200)
                    .body("status", equalTo("ON_LEAVE")).body("statusReason", nullValue());
            as(outsider).queryParam("department", sub.departmentId()).queryParam("status", "ON_LEAVE").get("/api/v1/employees")
                    .then().statusCode(200).body("items.id", contains(id.toString()))
                    .body("items[0].statusReason", nullValue());
        }
        as(parent.managerToken()).get("/api/v1/departments/" + sub.departmentId() + "/members").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.statusReason", nullValue());
    }

    @Test
    void searchFiltersByDepartmentStatusAndTextAndMyTeamFollowsTheReportingLine() {
        Team team = Staff.team();
        UUID lead = Staff.employee(team.departmentId(), team.managerId());
        UUID report = Staff.employee(team.departmentId(), lead);
        Map<String, Object> profile = Staff.profile(team.departmentId(), report);
        profile.put("lastName", "Zyxwicz");
        String indirect = asAdmin().body(profile).post("/api/v1/employees").then().statusCode(201).extract().path("id");

        as(team.managerToken()).queryParam("department", team.departmentId()).queryParam("sort", "lastName,desc")
                .queryParam("size", 2).get("/api/v1/employees")
                .then().statusCode(200).body("totalItems", equalTo(4)).body("items.size()", equalTo(2))
                .body("items[0].id", equalTo(indirect));
        asAdmin().queryParam("q", "zyxwicz").queryParam("department", team.departmentId()).get("/api/v1/employees")
                .then().statusCode(200).body("items.id", contains(indirect));
        asAdmin().queryParam("status", "ON_LEAVE").queryParam("department", team.departmentId()).get("/api/v1/employees")
                .then().statusCode(200).body("totalItems", equalTo(0));
        asAdmin().queryParam("sort", "salary").get("/api/v1/employees")
                .then().statusCode(400).body("errors.field", contains("sort"));
        asAdmin().queryParam("size", 500).get("/api/v1/employees")
                .then().statusCode(400).body("errors.field", contains("size"));

        as(Staff.managerToken(lead)).get("/api/v1/employees/me/team").then().statusCode(200)
                .body("items.id", containsInAnyOrder(report.toString(), indirect))
                .body("items.id", not(hasItem(lead.toString())));
    }
}
