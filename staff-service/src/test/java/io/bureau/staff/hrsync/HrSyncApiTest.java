package io.bureau.staff.hrsync;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.staff.employee.EmployeeEvents;
import io.bureau.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class HrSyncApiTest {

    private static final String HR = TestTokens.client("hr-system", "hr-integration");

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> row(String hrId, UUID departmentId, String managerHrId) {
        Map<String, Object> row = new HashMap<>();
        row.put("externalHrId", hrId);
        row.put("firstName", "Imported");
        row.put("lastName", hrId);
        row.put("workEmail", hrId.toLowerCase() + "@bureau.example");
        row.put("position", "Clerk");
        row.put("departmentId", departmentId);
        row.put("managerExternalHrId", managerHrId);
        row.put("hireDate", "2024-02-01");
        row.put("weeklyHours", 37.5);
        row.put("workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        return row;
    }

    private static String hrId() {
        return "HR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Outbox rows (published or not) about these employees: what a run would have published. */
    private long outboxRowsAbout(List<String> employeeIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregate_id in (:ids)")
                .setParameter("ids", employeeIds).getSingleResult()).longValue());
    }

    @Test
    void theSameImportTwiceCreatesOnceThenReportsEveryRowUnchangedAndPublishesNothing() {
        UUID department = Staff.department(null);
        String lead = hrId();
        String clerk = hrId();
        Map<String, Object> request = Map.of("rows", List.of(row(lead, department, null), row(clerk, department, lead)));

        JsonPath first = as(HR).body(request).post("/api/v1/hr-imports").then().statusCode(200)
                .body("created", equalTo(2)).body("rows.outcome", contains("CREATED", "CREATED"))
                .extract().jsonPath();
        List<String> ids = first.getList("rows.employeeId");
        asAdmin().get("/api/v1/employees/" + ids.get(1)).then().body("managerId", equalTo(ids.get(0)))
                .body("externalHrId", equalTo(clerk));
        Staff.awaitEvent(ids.get(1), Staff.EMPLOYEE_TOPIC, EmployeeEvents.HIRED);
        long published = outboxRowsAbout(ids);

        as(HR).body(request).post("/api/v1/hr-imports").then().statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("rows.outcome", everyItem(equalTo("UNCHANGED")))
                .body("rows.employeeId", equalTo(ids));
        assertEquals(published, outboxRowsAbout(ids), "the second run published nothing");
        asAdmin().get("/api/v1/employees/" + ids.get(0)).then().header("ETag", "\"0\"");
    }

    @Test
    void aChangedRowIsUpdatedAndPublishedAndBadRowsAreRejectedWithoutBlockingGoodOnes() {
        UUID department = Staff.department(null);
        String kept = hrId();
        as(HR).body(Map.of("rows", List.of(row(kept, department, null)))).post("/api/v1/hr-imports").then().statusCode(200);

        Map<String, Object> promoted = row(kept, department, null);
        promoted.put("position", "Senior clerk");
        Map<String, Object> badEmail = row(hrId(), department, null);
        badEmail.put("workEmail", "nope");
        Map<String, Object> takenEmail = row(hrId(), department, null);
        takenEmail.put("workEmail", kept.toLowerCase() + "@bureau.example");
        Map<String, Object> unknownManager = row(hrId(), department, "HR-NOBODY");
        Map<String, Object> unknownDepartment = row(hrId(), UUID.randomUUID(), null);
        String fresh = hrId();

        JsonPath result = as(HR).body(Map.of("rows", List.of(promoted, badEmail, takenEmail, unknownManager, unknownDepartment,
                        row(fresh, department, kept))))
                .post("/api/v1/hr-imports").then().statusCode(200)
                .body("rows.outcome", contains("UPDATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED"))
                .body("rows[1].errors.field", contains("workEmail"))
                .body("rows[2].errors.field", contains("workEmail"))
                .body("rows[3].errors.field", contains("managerExternalHrId"))
                .body("rows[4].errors.field", contains("departmentId"))
                .body("rejected", equalTo(4))
                .extract().jsonPath();
        String keptId = result.getString("rows[0].employeeId");
        assertTrue(Staff.awaitEvent(keptId, Staff.EMPLOYEE_TOPIC, EmployeeEvents.UPDATED).value().contains("Senior clerk"));
        asAdmin().get("/api/v1/employees/" + keptId + "/audit-trail").then()
                .body("items[0].action", equalTo("employee.updated")).body("items[0].actor", equalTo("hr-system"));
    }

    @Test
    void aCsvImportReadsQuotedFieldsRejectsUnreadableCellsAndIsIdempotentToo() {
        UUID department = Staff.department(null);
        String quoted = hrId();
        String badDate = hrId();
        String csv = "externalHrId,firstName,lastName,workEmail,position,departmentId,hireDate,weeklyHours,workingDays\r\n"
                + quoted + ",Ann,\"O'Neil, Jr.\"," + quoted.toLowerCase() + "@bureau.example,\"Clerk, \"\"senior\"\"\","
                + department + ",2023-05-02,20,MONDAY;TUESDAY\r\n"
                + badDate + ",Bob,Builder," + badDate.toLowerCase() + "@bureau.example,Clerk," + department + ",2023-13-45,20,FRIDAY\r\n";

        String employeeId = as(HR).contentType("text/csv").body(csv).post("/api/v1/hr-imports").then().statusCode(200)
                .body("rows.outcome", contains("CREATED", "REJECTED"))
                .body("rows[1].errors.field", contains("hireDate"))
                .body("rows[1].row", equalTo(2))
                .extract().path("rows[0].employeeId");
        asAdmin().get("/api/v1/employees/" + employeeId).then()
                .body("lastName", equalTo("O'Neil, Jr.")).body("position", equalTo("Clerk, \"senior\""))
                .body("workingDays", contains("MONDAY", "TUESDAY"));
        as(HR).contentType("text/csv").body(csv).post("/api/v1/hr-imports").then().statusCode(200)
                .body("rows.outcome", contains("UNCHANGED", "REJECTED"));

        as(HR).contentType("text/csv").body("externalHrId,salary\r\nX,1\r\n").post("/api/v1/hr-imports")
                .then().statusCode(400).body("errors.field", contains("header"));
    }

    @Test
    void exportsPagesAsJsonAndCsvWithoutPersonnelFileContent() {
        Team team = Staff.team();
        String hrIdA = hrId();
        String hrIdB = hrId();
        as(HR).body(Map.of("rows", List.of(row(hrIdA, team.departmentId(), null), row(hrIdB, team.departmentId(), hrIdA))))
                .post("/api/v1/hr-imports").then().statusCode(200).body("created", equalTo(2));
        String secret = "Secret warning " + UUID.randomUUID();
        as(team.managerToken()).body(Map.of("kind", "WARNING", "title", secret, "body", secret, "occurredOn", "2026-11-01",
                "restricted", false)).post("/api/v1/employees/" + team.managerId() + "/personnel-file").then().statusCode(403);
        asAdmin().body(Map.of("kind", "WARNING", "title", secret, "body", secret, "occurredOn", "2026-11-01",
                "restricted", false)).post("/api/v1/employees/" + team.managerId() + "/personnel-file").then().statusCode(201);

        as(HR).queryParam("department", team.departmentId()).queryParam("size", 2).queryParam("sort", "externalHrId,asc")
                .get("/api/v1/hr-exports/employees").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.size()", equalTo(2))
                .body("items.externalHrId", containsInAnyOrder(hrIdA, hrIdB))
                .body("items.find { it.externalHrId == '" + hrIdB + "' }.managerExternalHrId", equalTo(hrIdA));
        String csv = given().auth().oauth2(HR).accept("text/csv").queryParam("department", team.departmentId())
                .get("/api/v1/hr-exports/employees").then().statusCode(200).header("X-Total-Items", "3")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertTrue(lines[0].startsWith("employeeId,externalHrId,firstName"), lines[0]);
        assertTrue(csv.contains(hrIdA) && csv.contains("MONDAY;TUESDAY;WEDNESDAY;THURSDAY;FRIDAY"), csv);
        assertFalse(csv.contains(secret), "personnel-file content never leaves through the export");
    }

    @Test
    void aPageOnWhichNobodyHasAManagerExportsAsJsonForAnyAcceptAndAsInertCsv() {
        UUID department = Staff.department(null);
        Map<String, Object> formula = row(hrId(), department, null);
        formula.put("firstName", "=HYPERLINK(\"http://evil.example\",\"Click\")");
        formula.put("phone", "+44 20 7946 0000");
        as(HR).body(Map.of("rows", List.of(formula, row(hrId(), department, null)))).post("/api/v1/hr-imports")
                .then().statusCode(200).body("created", equalTo(2));

        for (String accept : List.of("application/json", "*/*", "text/csv;q=0.5, application/json")) {
            given().auth().oauth2(HR).accept(accept).queryParam("department", department).get("/api/v1/hr-exports/employees")
                    .then().statusCode(200).contentType("application/json").body("totalItems", equalTo(2));
        }
        given().auth().oauth2(HR).queryParam("department", department).get("/api/v1/hr-exports/employees")
                .then().statusCode(200).contentType("application/json");
        String csv = given().auth().oauth2(HR).accept("text/csv").queryParam("department", department)
                .get("/api/v1/hr-exports/employees").then().statusCode(200).contentType("text/csv")
                .header("X-Total-Items", "2").extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""), csv);
        assertTrue(csv.contains(",'+44 20 7946 0000,"), csv);
        assertFalse(csv.contains(",=") || csv.contains(",+"), csv);
    }

    @Test
    void onlyTheHrIntegrationAndAdminsImportOrExport() {
        Team team = Staff.team();
        Map<String, Object> request = Map.of("rows", List.of(row(hrId(), team.departmentId(), null)));
        as(team.managerToken()).body(request).post("/api/v1/hr-imports").then().statusCode(403);
        as(Staff.employeeToken(team.managerId())).get("/api/v1/hr-exports/employees").then().statusCode(403);
        as(TestTokens.client("board", "top-manager")).get("/api/v1/hr-exports/employees").then().statusCode(403);
        as(HR).body(Map.of()).post("/api/v1/hr-imports").then().statusCode(400).body("errors.field", contains("rows"));
        as(HR).body(Map.of("rows", List.of(), "mode", "merge")).post("/api/v1/hr-imports").then().statusCode(400)
                .body("errors.field", contains("mode"));
    }
}
