package io.bureau.scheduling.task;

import static io.bureau.scheduling.Tokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.quarkus.test.junit.QuarkusTest;

/** A manual assignment is checked against the roster: hard rules refuse it, soft ones come back as warnings. */
@QuarkusTest
class AssignmentApiTest {

    @Test
    void aSkillBelowTheRequiredLevelIsRefusedNamingTheRule() {
        Office office = Work.office();
        UUID task = Work.create(office.managerToken(), Work.task(office.department(), office.skill(), 4, 2, LocalDate.now().plusDays(7)));
        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post("/api/v1/tasks/" + task + "/assign").then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bureau:problem:hard-rule"))
                .body("errors.field", contains("assigneeId"))
                .body("errors[0].message", startsWith("SKILLS: needs Bookkeeping"));
        as(office.managerToken()).get("/api/v1/tasks/" + task).then().body("status", equalTo("OPEN"));
    }

    @Test
    void someoneOnLeaveOrOfAnotherDepartmentOrUnknownIsRefused() {
        Office office = Work.office();
        Office other = Work.office();
        UUID task = Work.create(office);
        String assign = "/api/v1/tasks/" + task + "/assign";
        as(office.managerToken()).body(Map.of("assigneeId", other.clerk())).post(assign).then().statusCode(422)
                .body("errors[0].message", startsWith("DEPARTMENT"));
        as(office.managerToken()).body(Map.of("assigneeId", UUID.randomUUID())).post(assign).then().statusCode(422)
                .body("errors[0].message", startsWith("ON_ROSTER"));
        StaffFeed.employeeEvent("status-changed", office.clerk(), StaffFeed.now(), Map.of("employeeId", office.clerk(),
                "previousStatus", "ACTIVE", "status", "ON_LEAVE", "since", LocalDate.now(), "until", LocalDate.now().plusDays(30)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ON_LEAVE".equals(
                as(office.managerToken()).get("/api/v1/roster/" + office.clerk()).then().extract().path("status")));
        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post(assign).then().statusCode(422)
                .body("errors.message", hasItem(startsWith("ACTIVE")));
    }

    @Test
    void tooMuchWorkIsAssignedWithACapacityWarning() {
        Office office = Work.office();
        UUID task = Work.create(office.managerToken(), Work.task(office.department(), office.skill(), 1, 200, LocalDate.now().plusDays(3)));
        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post("/api/v1/tasks/" + task + "/assign").then()
                .statusCode(200).body("task.status", equalTo("ASSIGNED")).body("warnings.rule", contains("CAPACITY"));
    }

    @Test
    void aSkillThatExpiredIsRefused() {
        Office office = Work.office();
        StaffFeed.employeeEvent("skills-changed", office.clerk(), StaffFeed.now(), Map.of("employeeId", office.clerk(),
                "skills", List.of(StaffFeed.skill(office.skill(), "Bookkeeping", 5, LocalDate.now().minusDays(1)))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(5).equals(
                as(office.managerToken()).get("/api/v1/roster/" + office.clerk()).then().extract().path("skills[0].level")));
        UUID task = Work.create(office);
        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post("/api/v1/tasks/" + task + "/assign").then()
                .statusCode(422).body("errors[0].message", startsWith("SKILLS: Bookkeeping expired"));
    }

    @Test
    void newTermsMustStillSuitTheAssignee() {
        Office office = Work.office();
        UUID task = Work.create(office);
        Work.assign(office, task, office.clerk());
        Map<String, Object> edit = Work.task(office.department(), office.skill(), 5, 4, LocalDate.now().plusDays(14));
        edit.remove("departmentId");
        as(office.managerToken()).body(edit).put("/api/v1/tasks/" + task).then().statusCode(422)
                .body("errors[0].message", startsWith("SKILLS"));
        as(office.managerToken()).get("/api/v1/tasks/" + task).then().body("requiredSkills[0].minLevel", equalTo(2));
        edit.put("requiredSkills", List.of(Map.of("skillId", office.skill(), "minLevel", 3)));
        as(office.managerToken()).body(edit).put("/api/v1/tasks/" + task).then().statusCode(200)
                .body("requiredSkills[0].minLevel", equalTo(3));
    }
}
