package io.bureau.staff.employee;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Who manages someone is its own operation with its own rule: the manager chain reads restricted file entries. */
@QuarkusTest
class ManagerApiTest {

    private static Map<String, Object> manager(UUID managerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("managerId", managerId);
        return body;
    }

    private static String managerPath(UUID employeeId) {
        return "/api/v1/employees/" + employeeId + "/manager";
    }

    private static String restrictedWarning(UUID employeeId) {
        return asAdmin().body(Map.of("kind", "WARNING", "title", "Late three times", "occurredOn", LocalDate.now().toString(),
                        "restricted", true))
                .post("/api/v1/employees/" + employeeId + "/personnel-file").then().statusCode(201).extract().path("id");
    }

    @Test
    void aManagerOfAParentDepartmentCannotMakeThemselvesSomeonesManagerToReadTheirRestrictedFile() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        UUID person = Staff.employee(sub.departmentId(), sub.managerId());
        String warning = restrictedWarning(person);
        String entry = "/api/v1/employees/" + person + "/personnel-file/" + warning;
        as(parent.managerToken()).get(entry).then().statusCode(404);

        as(parent.managerToken()).body(manager(parent.managerId())).put(managerPath(person))
                .then().statusCode(403).contentType("application/problem+json");
        Map<String, Object> sneaky = Staff.profileChange(sub.departmentId());
        sneaky.put("managerId", parent.managerId());
        as(parent.managerToken()).body(sneaky).put("/api/v1/employees/" + person)
                .then().statusCode(400).body("errors.field", contains("managerId"));

        asAdmin().get("/api/v1/employees/" + person).then().body("managerId", equalTo(sub.managerId().toString()));
        as(parent.managerToken()).get(entry).then().statusCode(404);
    }

    @Test
    void theManagerTheChartGivesSomeoneMayNameThemselvesAndTheChangeIsAuditedAndPublished() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        UUID person = Staff.employee(sub.departmentId(), null);
        String warning = restrictedWarning(person);

        as(sub.managerToken()).header("If-Match", "\"0\"").body(manager(sub.managerId())).put(managerPath(person))
                .then().statusCode(200).header("ETag", "\"1\"").body("managerId", equalTo(sub.managerId().toString()));
        as(sub.managerToken()).get("/api/v1/employees/" + person + "/personnel-file/" + warning).then().statusCode(200);

        asAdmin().get("/api/v1/employees/" + person + "/audit-trail").then().statusCode(200)
                .body("items[0].action", equalTo("employee.manager-changed"))
                .body("items[0].actor", equalTo(sub.managerId().toString()))
                .body("items[0].before.managerId", nullValue())
                .body("items[0].after.managerId", equalTo(sub.managerId().toString()));
        var updated = Staff.awaitEvent(person, Staff.EMPLOYEE_TOPIC, EmployeeEvents.UPDATED);
        assertTrue(updated.value().contains(sub.managerId().toString()), updated.value());

        // The sub-department's own manager is managed, by the chart, by the manager of the department above.
        as(parent.managerToken()).body(manager(parent.managerId())).put(managerPath(sub.managerId())).then().statusCode(200);
    }

    @Test
    void anOfficeManagerNamesOnlyColleaguesOfTheirDepartmentsOrTheChartManagerAndNeverNobody() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        Team elsewhere = Staff.team();
        UUID person = Staff.employee(sub.departmentId(), null);
        UUID colleague = Staff.employee(parent.departmentId(), parent.managerId());

        as(parent.managerToken()).body(manager(elsewhere.managerId())).put(managerPath(person)).then().statusCode(403);
        as(parent.managerToken()).body(manager(null)).put(managerPath(person)).then().statusCode(403);
        as(elsewhere.managerToken()).body(manager(elsewhere.managerId())).put(managerPath(person)).then().statusCode(403);
        as(parent.managerToken()).body(manager(sub.managerId())).put(managerPath(person)).then().statusCode(200);
        as(parent.managerToken()).body(manager(colleague)).put(managerPath(person)).then().statusCode(200)
                .body("managerId", equalTo(colleague.toString()));
        as(Staff.employeeToken(person)).body(manager(colleague)).put(managerPath(person)).then().statusCode(403);
        as(TestTokens.client("board", "top-manager")).body(manager(colleague)).put(managerPath(person)).then().statusCode(403);
    }

    @Test
    void aLineManagerWithTheOfficeManagerRoleCannotRewireTheirReportingLine() {
        Team team = Staff.team();
        UUID lead = Staff.employee(team.departmentId(), team.managerId());
        UUID report = Staff.employee(team.departmentId(), lead);
        UUID peer = Staff.employee(team.departmentId(), team.managerId());
        String leadToken = Staff.managerToken(lead);

        as(leadToken).body(manager(lead)).put(managerPath(peer)).then().statusCode(403);
        as(leadToken).body(manager(peer)).put(managerPath(report)).then().statusCode(403);
        asAdmin().get("/api/v1/employees/" + peer).then().body("managerId", equalTo(team.managerId().toString()));
    }

    @Test
    void anOfficeManagerCreatingSomeoneNamesTheirManagerUnderTheSameRule() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        as(parent.managerToken()).body(Staff.profile(sub.departmentId(), parent.managerId())).post("/api/v1/employees")
                .then().statusCode(403);
        as(parent.managerToken()).body(Staff.profile(sub.departmentId(), sub.managerId())).post("/api/v1/employees")
                .then().statusCode(201).body("managerId", equalTo(sub.managerId().toString()));
    }

    @Test
    void anAdminNamesAnyoneOrNobodyButNeverTheirOwnReportsOneWhoLeftOrSomeoneUnknown() {
        Team team = Staff.team();
        UUID lead = Staff.employee(team.departmentId(), team.managerId());
        UUID report = Staff.employee(team.departmentId(), lead);
        UUID leaver = Staff.employee(team.departmentId(), team.managerId());
        asAdmin().body(Map.of("status", "TERMINATED", "lastWorkingDay", LocalDate.now().toString(), "reason", "Retired"))
                .put("/api/v1/employees/" + leaver + "/status").then().statusCode(200);

        asAdmin().body(manager(report)).put(managerPath(lead)).then().statusCode(400).body("errors.field", contains("managerId"));
        asAdmin().body(manager(lead)).put(managerPath(lead)).then().statusCode(400).body("errors.field", contains("managerId"));
        asAdmin().body(manager(UUID.randomUUID())).put(managerPath(lead)).then().statusCode(400).body("errors.field", contains("managerId"));
        asAdmin().body(manager(leaver)).put(managerPath(lead)).then().statusCode(400).body("errors.field", contains("managerId"));
        asAdmin().header("If-Match", "\"7\"").body(manager(null)).put(managerPath(lead)).then().statusCode(412);
        asAdmin().body(Map.of()).put(managerPath(lead)).then().statusCode(200).body("managerId", nullValue());
        asAdmin().body(manager(team.managerId())).put(managerPath(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    void aProfileUpdateKeepsTheHrLinkWhichOnlyAnAdminChanges() {
        UUID department = Staff.department(null);
        String hrId = "HR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String takenHrId = "HR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> row = new HashMap<>(Staff.profileChange(department));
        row.put("externalHrId", hrId);
        row.remove("phone");
        Map<String, Object> other = new HashMap<>(Staff.profileChange(department));
        other.put("externalHrId", takenHrId);
        other.remove("phone");
        List<String> ids = as(TestTokens.client("hr-system", "hr-integration")).body(Map.of("rows", List.of(row, other)))
                .post("/api/v1/hr-imports").then().statusCode(200).body("created", equalTo(2))
                .extract().path("rows.employeeId");
        UUID id = UUID.fromString(ids.get(0));

        Map<String, Object> change = Staff.profileChange(department);
        change.put("position", "Senior clerk");
        asAdmin().body(change).put("/api/v1/employees/" + id).then().statusCode(200)
                .body("position", equalTo("Senior clerk")).body("externalHrId", equalTo(hrId));

        String link = "/api/v1/employees/" + id + "/external-hr-id";
        Team team = Staff.team();
        as(team.managerToken()).body(Map.of("externalHrId", "HR-MINE")).put(link).then().statusCode(403);
        asAdmin().body(Map.of("externalHrId", takenHrId)).put(link).then().statusCode(409)
                .body("errors.field", contains("externalHrId"));
        asAdmin().body(Map.of("externalHrId", " ")).put(link).then().statusCode(400).body("errors.field", contains("externalHrId"));
        asAdmin().body(Map.of()).put(link).then().statusCode(200).body("externalHrId", nullValue());
        asAdmin().get("/api/v1/employees/" + id + "/audit-trail").then()
                .body("items[0].action", equalTo("employee.hr-record-linked"))
                .body("items[0].before.externalHrId", equalTo(hrId));
    }
}
