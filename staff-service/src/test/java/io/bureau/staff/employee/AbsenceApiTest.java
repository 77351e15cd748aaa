package io.bureau.staff.employee;

import static io.bureau.staff.Staff.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
class AbsenceApiTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void recordsAnAbsenceRefusesAnOverlapAndAcceptsItOnceCancelled() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + id + "/absences";
        String token = Staff.employeeToken(id);

        String absenceId = as(token).body(Map.of("kind", "LEAVE", "firstDay", MONDAY.toString(),
                        "lastDay", MONDAY.plusDays(4).toString(), "note", "Skiing")).post(path)
                .then().statusCode(201).body("status", equalTo("RECORDED")).extract().path("id");
        as(team.managerToken()).body(Map.of("kind", "SICKNESS", "firstDay", MONDAY.plusDays(4).toString(),
                        "lastDay", MONDAY.plusDays(6).toString())).post(path)
                .then().statusCode(409).contentType("application/problem+json");

        as(token).header("If-Match", "\"7\"").post(path + "/" + absenceId + "/cancel").then().statusCode(412);
        as(token).post(path + "/" + absenceId + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(team.managerToken()).body(Map.of("kind", "SICKNESS", "firstDay", MONDAY.plusDays(4).toString(),
                "lastDay", MONDAY.plusDays(6).toString())).post(path).then().statusCode(201);
        as(token).get(path).then().statusCode(200).body("totalItems", equalTo(2));

        Event recorded = Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.ABSENCE_RECORDED);
        assertTrue(recorded.value().contains(absenceId));
        assertFalse(recorded.value().contains("Skiing"), "notes stay in the service");
        Event cancelled = Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.ABSENCE_CANCELLED);
        assertTrue(cancelled.value().contains(absenceId));
    }

    @Test
    void sicknessAndNotesAreForThePersonTheirManagerChainAndAdminsAndEventsCarryANeutralKind() {
        Team parent = Staff.team();
        Team sub = Staff.teamUnder(parent.departmentId());
        UUID id = Staff.employee(sub.departmentId(), sub.managerId());
        String path = "/api/v1/employees/" + id + "/absences";
        String absenceId = as(Staff.employeeToken(id)).body(Map.of("kind", "SICKNESS", "firstDay", MONDAY.toString(),
                        "lastDay", MONDAY.plusDays(2).toString(), "note", "Flu")).post(path)
                .then().statusCode(201).body("kind", equalTo("SICKNESS")).extract().path("id");

        for (String entitled : List.of(Staff.employeeToken(id), sub.managerToken(), TestTokens.admin())) {
            as(entitled).get(path).then().statusCode(200).body("items[0].kind", equalTo("SICKNESS"))
                    .body("items[0].note", equalTo("Flu"));
        }
        for (String outsider : List.of(parent.managerToken(), TestTokens.client("board", "top-manager"))) {
            as(outsider).get(path).then().statusCode(200).body("items[0].kind", equalTo("LEAVE"))
                    .body("items[0].note", nullValue());
        }

        Event recorded = Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, EmployeeEvents.ABSENCE_RECORDED);
        assertTrue(recorded.value().contains(absenceId) && recorded.value().contains("LEAVE"), recorded.value());
        assertFalse(recorded.value().contains("SICKNESS"), "the sickness stays in the service");
        assertFalse(recorded.value().contains("Flu"));
    }

    @Test
    void refusesBackwardsDatesMissingFieldsAndColleagues() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        UUID colleague = Staff.employee(team.departmentId(), team.managerId());
        String path = "/api/v1/employees/" + id + "/absences";

        as(team.managerToken()).body(Map.of("kind", "LEAVE", "firstDay", MONDAY.toString(),
                "lastDay", MONDAY.minusDays(1).toString())).post(path).then().statusCode(400).body("errors.field", contains("lastDay"));
        as(team.managerToken()).body(Map.of("firstDay", MONDAY.toString(), "lastDay", MONDAY.toString())).post(path)
                .then().statusCode(400).body("errors.field", contains("kind"));
        as(Staff.employeeToken(colleague)).body(Map.of("kind", "LEAVE", "firstDay", MONDAY.toString(),
                "lastDay", MONDAY.toString())).post(path).then().statusCode(403);
        as(Staff.employeeToken(colleague)).get(path).then().statusCode(403);
    }
}
