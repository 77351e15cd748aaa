package io.bureau.staff.personnelfile;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

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

@QuarkusTest
class PersonnelFileApiTest {

    private static Map<String, Object> entry(String kind, String title, boolean restricted) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("body", "Details of " + title);
        body.put("occurredOn", LocalDate.now().toString());
        body.put("restricted", restricted);
        return body;
    }

    @Test
    void restrictedEntriesAreSeenOnlyByTheManagerChainAndAdmins() {
        Team team = Staff.team();
        UUID lead = Staff.employee(team.departmentId(), team.managerId());
        UUID person = Staff.employee(team.departmentId(), lead);
        String path = "/api/v1/employees/" + person + "/personnel-file";

        as(Staff.managerToken(lead)).body(entry("COMMENDATION", "Praised by a customer", false)).post(path)
                .then().statusCode(201).body("recordedBy", equalTo(lead.toString()));
        String warning = as(Staff.managerToken(lead)).body(entry("WARNING", "Late three times", true)).post(path)
                .then().statusCode(201).extract().path("id");
        as(team.managerToken()).body(entry("COUNSELING_REFERENCE", "Referred", false)).post(path)
                .then().statusCode(201).body("restricted", equalTo(true));

        as(Staff.employeeToken(person)).get(path).then().statusCode(200)
                .body("items.title", contains("Praised by a customer")).body("totalItems", equalTo(1));
        as(Staff.employeeToken(person)).get(path + "/" + warning).then().statusCode(404);
        as(TestTokens.client("board", "top-manager")).get(path).then().statusCode(200).body("totalItems", equalTo(1));
        as(Staff.managerToken(lead)).get(path).then().statusCode(200).body("totalItems", equalTo(3));
        as(team.managerToken()).get(path + "/" + warning).then().statusCode(200).body("title", equalTo("Late three times"));
        asAdmin().queryParam("kind", "WARNING").get(path).then().statusCode(200).body("items.id", contains(warning));
    }

    @Test
    void anImprovementPlanEntryIsRestrictedWhateverTheWriterAsks() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + person + "/personnel-file";
        String id = as(team.managerToken()).body(entry("IMPROVEMENT_PLAN", "Plan agreed in the meeting", false)).post(path)
                .then().statusCode(201).body("restricted", equalTo(true)).extract().path("id");
        as(Staff.employeeToken(person)).get(path).then().statusCode(200).body("totalItems", equalTo(0));
        as(Staff.employeeToken(person)).get(path + "/" + id).then().statusCode(404);
        as(team.managerToken()).queryParam("kind", "IMPROVEMENT_PLAN").get(path).then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void aCorrectionIsANewEntryPointingAtTheOneItCorrects() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID other = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + person + "/personnel-file";
        String original = as(team.managerToken()).body(entry("NOTE", "Moved to desk 14", false)).post(path)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> correction = entry("NOTE", "Moved to desk 41, not 14", false);
        correction.put("correctsEntryId", original);
        String corrected = as(team.managerToken()).body(correction).post(path)
                .then().statusCode(201).body("correctsEntryId", equalTo(original)).extract().path("id");

        as(Staff.employeeToken(person)).get(path + "/" + original).then().statusCode(200)
                .body("title", equalTo("Moved to desk 14")).body("correctedBy", contains(corrected));
        as(team.managerToken()).body(correction).post("/api/v1/employees/" + other + "/personnel-file")
                .then().statusCode(400).body("errors.field", contains("correctsEntryId"));
    }

    @Test
    void colleaguesOtherDepartmentsAndTheHrIntegrationCannotReadAFile() {
        Team team = Staff.team();
        Team other = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID colleague = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + person + "/personnel-file";
        as(team.managerToken()).body(entry("NOTE", "Anything", false)).post(path).then().statusCode(201);

        as(Staff.employeeToken(colleague)).get(path).then().statusCode(403).contentType("application/problem+json");
        as(other.managerToken()).get(path).then().statusCode(403);
        as(other.managerToken()).body(entry("WARNING", "Not yours", false)).post(path).then().statusCode(403);
        as(Staff.employeeToken(person)).body(entry("COMMENDATION", "Myself", false)).post(path).then().statusCode(403);
        as(TestTokens.client("hr-sync", "hr-integration")).get(path).then().statusCode(403);
    }

    @Test
    void nothingTellsAnOutsiderWhetherARestrictedEntryExists() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID peer = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + person + "/personnel-file";
        String open = asAdmin().body(entry("NOTE", "Desk 14", false)).post(path).then().statusCode(201).extract().path("id");
        String restricted = asAdmin().body(entry("WARNING", "Late", true)).post(path).then().statusCode(201).extract().path("id");

        // One who may not read the person: the same 403 for the file, any entry, and an entry that does not exist.
        String peerToken = Staff.employeeToken(peer);
        String detail = as(peerToken).get(path).then().statusCode(403).extract().path("detail");
        for (String id : List.of(open, restricted, UUID.randomUUID().toString())) {
            as(peerToken).get(path + "/" + id).then().statusCode(403).body("detail", equalTo(detail));
        }
        // One who may read the file but not its restricted entries: those do not exist, in lists, totals and lookups.
        String board = TestTokens.client("board", "top-manager");
        as(board).get(path).then().statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(open));
        as(board).queryParam("kind", "WARNING").get(path).then().statusCode(200).body("totalItems", equalTo(0));
        String missing = as(board).get(path + "/" + UUID.randomUUID()).then().statusCode(404).extract().path("title");
        as(board).get(path + "/" + restricted).then().statusCode(404).body("title", equalTo(missing));
    }

    @Test
    void invalidEntriesNameTheirFields() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        as(team.managerToken()).body(Map.of("title", " ", "restricted", false))
                .post("/api/v1/employees/" + person + "/personnel-file")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("kind", "occurredOn", "title"));
    }
}
