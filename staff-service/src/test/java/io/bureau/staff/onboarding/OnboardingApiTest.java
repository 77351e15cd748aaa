package io.bureau.staff.onboarding;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OnboardingApiTest {

    private static final String TOPIC = "bureau.staff.onboarding";

    private static String template(Team team) {
        return as(team.managerToken()).body(Map.of("name", Staff.unique("Office starter"), "items", List.of(
                        Map.of("title", "Tour of the office and its procedures", "category", "ORIENTATION", "ownerRole", "MANAGER", "dueOffsetDays", 0),
                        Map.of("title", "Log in to the computer system", "category", "COMPUTER_SYSTEM", "ownerRole", "NEW_HIRE", "dueOffsetDays", 3))))
                .post("/api/v1/onboarding-templates").then().statusCode(201).extract().path("id");
    }

    /** A new hire in the team who started {@code daysAgo} days ago. */
    private static UUID newHire(Team team, int daysAgo) {
        Map<String, Object> profile = Staff.profile(team.departmentId(), null);
        profile.put("hireDate", LocalDate.now().minusDays(daysAgo).toString());
        return UUID.fromString(asAdmin().body(profile).post("/api/v1/employees").then().statusCode(201).extract().path("id"));
    }

    @Test
    void aPlanGetsRealOwnersAndDueDatesAndCompletingItsLastItemPublishesTheCompletion() {
        Team team = Staff.team();
        UUID hire = newHire(team, 0);
        JsonPath plan = as(team.managerToken()).body(Map.of("templateId", template(team)))
                .post("/api/v1/employees/" + hire + "/onboarding-plans").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                // No line manager: the department's manager owns the MANAGER items.
                .body("items.ownerId", contains(team.managerId().toString(), hire.toString()))
                .body("items.dueOn", contains(LocalDate.now().toString(), LocalDate.now().plusDays(3).toString()))
                .extract().jsonPath();
        String planId = plan.getString("id");
        String tour = plan.getString("items[0].id");
        String login = plan.getString("items[1].id");
        String complete = "/api/v1/onboarding-plans/" + planId + "/items/";

        as(Staff.employeeToken(hire)).post(complete + tour + "/complete").then().statusCode(403);
        as(team.managerToken()).header("If-Match", "\"4\"").post(complete + tour + "/complete").then().statusCode(412);
        as(team.managerToken()).post(complete + tour + "/complete").then().statusCode(200)
                .body("completedBy", equalTo(team.managerId().toString()));
        as(team.managerToken()).post(complete + tour + "/complete").then().statusCode(409);
        as(Staff.employeeToken(hire)).get("/api/v1/onboarding-plans/" + planId).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        assertTrue(KafkaEvents.matching(KafkaEvents.withSubject(planId), TOPIC).isEmpty(), "not complete yet");

        as(Staff.employeeToken(hire)).post(complete + login + "/complete").then().statusCode(200);
        as(Staff.employeeToken(hire)).get("/api/v1/employees/" + hire + "/onboarding-plans").then().statusCode(200)
                .body("[0].status", equalTo("COMPLETED"));
        Event completed = Staff.awaitEvent(planId, TOPIC, OnboardingEvents.COMPLETED);
        assertTrue(completed.value().contains(hire.toString()), completed.value());
        assertEquals(planId, completed.key());
    }

    @Test
    void overdueItemsAreListedForTheirOwnersAndManagersUntilCompleted() {
        Team team = Staff.team();
        Team other = Staff.team();
        UUID hire = newHire(team, 10);
        String planId = as(team.managerToken()).body(Map.of("templateId", template(team)))
                .post("/api/v1/employees/" + hire + "/onboarding-plans").then().statusCode(201).extract().path("id");
        JsonPath overdue = as(Staff.employeeToken(hire)).queryParam("size", 100).get("/api/v1/onboarding-items/overdue")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Log in to the computer system"), overdue.getList("items.title"), "the new hire sees what they own");
        String login = overdue.getString("items[0].id");
        assertTrue(overdue.getBoolean("items[0].overdue"));

        as(team.managerToken()).queryParam("size", 100).get("/api/v1/onboarding-items/overdue").then().statusCode(200)
                .body("items.planId.findAll { it == '" + planId + "' }.size()", equalTo(2));
        as(other.managerToken()).queryParam("size", 100).get("/api/v1/onboarding-items/overdue").then().statusCode(200)
                .body("items.planId", not(hasItem(planId)));

        as(Staff.employeeToken(hire)).post("/api/v1/onboarding-plans/" + planId + "/items/" + login + "/complete").then().statusCode(200);
        as(Staff.employeeToken(hire)).get("/api/v1/onboarding-items/overdue").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aTemplateHoldsAtMostAHundredItems() {
        Map<String, Object> item = Map.of("title", "Desk phone", "category", "PHONE_SYSTEM", "ownerRole", "MANAGER",
                "dueOffsetDays", 1);
        asAdmin().body(Map.of("name", Staff.unique("Huge"), "items", Collections.nCopies(101, item)))
                .post("/api/v1/onboarding-templates").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("items"));
        asAdmin().body(Map.of("name", Staff.unique("Full"), "items", Collections.nCopies(100, item)))
                .post("/api/v1/onboarding-templates").then().statusCode(201);
    }

    @Test
    void templatesNeedItemsWithOwnersAndOnlyManagersStartPlans() {
        Team team = Staff.team();
        Team other = Staff.team();
        as(team.managerToken()).body(Map.of("name", "Empty", "items", List.of())).post("/api/v1/onboarding-templates")
                .then().statusCode(400).body("errors.field", contains("items"));
        as(team.managerToken()).body(Map.of("name", "No owner", "items", List.of(Map.of("title", "x", "category", "CUSTOM",
                "dueOffsetDays", 400)))).post("/api/v1/onboarding-templates").then().statusCode(400);
        UUID hire = newHire(team, 0);
        String templateId = template(team);
        as(Staff.employeeToken(hire)).body(Map.of("templateId", templateId)).post("/api/v1/employees/" + hire + "/onboarding-plans")
                .then().statusCode(403);
        as(other.managerToken()).body(Map.of("templateId", templateId)).post("/api/v1/employees/" + hire + "/onboarding-plans")
                .then().statusCode(403);
        as(team.managerToken()).body(Map.of("templateId", UUID.randomUUID())).post("/api/v1/employees/" + hire + "/onboarding-plans")
                .then().statusCode(400).body("errors.field", contains("templateId"));
    }
}
