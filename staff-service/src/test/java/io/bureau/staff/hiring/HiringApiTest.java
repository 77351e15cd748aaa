package io.bureau.staff.hiring;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.staff.employee.EmployeeEvents;
import io.bureau.staff.skill.SkillEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class HiringApiTest {

    private static String opening(Team team, int headcount, UUID requiredSkill) {
        return as(team.managerToken()).body(Map.of("position", "Receptionist", "departmentId", team.departmentId(),
                        "headcount", headcount, "requiredSkills", List.of(Map.of("skillId", requiredSkill, "minLevel", 3))))
                .post("/api/v1/job-openings").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
    }

    @Test
    void anOpeningNamingASkillTheCatalogueDoesNotHaveIsRefusedNamingTheField() {
        Team team = Staff.team();
        as(team.managerToken()).body(Map.of("position", "Receptionist", "departmentId", team.departmentId(), "headcount", 1,
                        "requiredSkills", List.of(Map.of("skillId", UUID.randomUUID(), "minLevel", 3))))
                .post("/api/v1/job-openings").then().statusCode(400)
                .body("errors.field", contains("requiredSkills[0].skillId"));
    }

    @Test
    void anOpeningNamesAtMostFiftyRequiredSkillsAndAnInterviewAtMostTwentyInterviewers() {
        Team team = Staff.team();
        List<Map<String, Object>> skills = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            skills.add(Map.of("skillId", UUID.randomUUID(), "minLevel", 3));
        }
        as(team.managerToken()).body(Map.of("position", "Receptionist", "departmentId", team.departmentId(), "headcount", 1,
                        "requiredSkills", skills))
                .post("/api/v1/job-openings").then().statusCode(400).body("errors.field", contains("requiredSkills"));
        String applicationId = applicationAt(team, opening(team, 1, Staff.skill()), "INTERVIEW");
        List<UUID> interviewers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            interviewers.add(UUID.randomUUID());
        }
        as(team.managerToken()).body(Map.of("scheduledAt", OffsetDateTime.now().plusDays(1).toString(),
                        "interviewerIds", interviewers))
                .post("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(400)
                .body("errors.field", contains("interviewerIds"));
    }

    private static String candidate(Team team) {
        String name = UUID.randomUUID().toString().substring(0, 8);
        return as(team.managerToken()).body(Map.of("firstName", "Cand", "lastName", name, "email", name + "@applicant.example",
                "phone", "+44 1632 960000")).post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    private static String applicationAt(Team team, String openingId, String stage) {
        String id = as(team.managerToken()).body(Map.of("candidateId", candidate(team), "openingId", openingId))
                .post("/api/v1/applications").then().statusCode(201).body("stage", equalTo("APPLIED")).extract().path("id");
        for (String next : List.of("SCREENING", "INTERVIEW", "OFFER")) {
            if (stage.equals("APPLIED")) {
                break;
            }
            as(team.managerToken()).body(Map.of("stage", next)).put("/api/v1/applications/" + id + "/stage")
                    .then().statusCode(200).body("stage", equalTo(next));
            if (next.equals(stage)) {
                break;
            }
        }
        return id;
    }

    private static Map<String, Object> hireRequest() {
        return Map.of("workEmail", Staff.unique("new").replace(" ", ".") + "@bureau.example", "weeklyHours", 30,
                "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"));
    }

    private static Map<String, Object> offer() {
        return Map.of("position", "Receptionist", "startDate", LocalDate.now().plusWeeks(2).toString(),
                "terms", "Part time, 30 hours", "expiresOn", LocalDate.now().plusWeeks(1).toString());
    }

    @Test
    void aHireCreatesTheEmployeeWithTheAssessedSkillsAndClosesTheFilledOpening() {
        Team team = Staff.team();
        UUID secondInterviewer = Staff.employee(team.departmentId(), team.managerId());
        UUID phones = Staff.skill();
        UUID filing = Staff.skill();
        String openingId = opening(team, 1, phones);
        String applicationId = applicationAt(team, openingId, "INTERVIEW");

        String interviewId = as(team.managerToken()).body(Map.of("scheduledAt", OffsetDateTime.now().plusDays(1).toString(),
                        "location", "Room 2", "interviewerIds", List.of(team.managerId(), secondInterviewer)))
                .post("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(201).extract().path("id");
        as(team.managerToken()).body(Map.of("interviewerId", team.managerId(), "recommendation", "HIRE",
                        "ratings", List.of(Map.of("criterion", "Communication", "rating", 4)),
                        "skillAssessments", List.of(Map.of("skillId", phones, "level", 4), Map.of("skillId", filing, "level", 2))))
                .post("/api/v1/interviews/" + interviewId + "/scorecards").then().statusCode(201);
        asAdmin().body(Map.of("interviewerId", secondInterviewer, "recommendation", "STRONG_HIRE",
                        "ratings", List.of(Map.of("criterion", "Communication", "rating", 5)),
                        "skillAssessments", List.of(Map.of("skillId", phones, "level", 3))))
                .post("/api/v1/interviews/" + interviewId + "/scorecards").then().statusCode(201);

        as(team.managerToken()).body(Map.of("stage", "OFFER")).put("/api/v1/applications/" + applicationId + "/stage").then().statusCode(200);
        String offerId = as(team.managerToken()).body(offer()).post("/api/v1/applications/" + applicationId + "/offers")
                .then().statusCode(201).body("status", equalTo("EXTENDED")).extract().path("id");
        as(team.managerToken()).body(hireRequest()).post("/api/v1/applications/" + applicationId + "/hire")
                .then().statusCode(409);
        as(team.managerToken()).post("/api/v1/offers/" + offerId + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        String templateId = as(team.managerToken()).body(Map.of("name", Staff.unique("Reception"), "items", List.of(
                        Map.of("title", "Desk phone", "category", "PHONE_SYSTEM", "ownerRole", "MANAGER", "dueOffsetDays", 1))))
                .post("/api/v1/onboarding-templates").then().statusCode(201).extract().path("id");
        Map<String, Object> hire = new HashMap<>(hireRequest());
        hire.put("onboardingTemplateId", templateId);
        JsonPath hired = as(team.managerToken()).body(hire).post("/api/v1/applications/" + applicationId + "/hire")
                .then().statusCode(201)
                .body("employee.position", equalTo("Receptionist"))
                .body("employee.departmentId", equalTo(team.departmentId().toString()))
                .body("employee.hireDate", equalTo(LocalDate.now().plusWeeks(2).toString()))
                .body("application.stage", equalTo("HIRED"))
                .body("opening.status", equalTo("CLOSED")).body("opening.filled", equalTo(1))
                .extract().jsonPath();
        String employeeId = hired.getString("employee.id");
        // (4 + 3) / 2 rounds up to 4; filing was assessed once, at 2.
        assertEquals(4, hired.getInt("skills.find { it.skillId == '" + phones + "' }.level"));
        assertEquals(2, hired.getInt("skills.find { it.skillId == '" + filing + "' }.level"));
        assertEquals("VERIFIED", hired.getString("skills[0].source"));
        asAdmin().get("/api/v1/applications/" + applicationId).then().body("hiredEmployeeId", equalTo(employeeId));
        asAdmin().get("/api/v1/onboarding-plans/" + hired.getString("onboardingPlanId")).then().statusCode(200)
                .body("employeeId", equalTo(employeeId))
                .body("items[0].ownerId", equalTo(team.managerId().toString()))
                .body("items[0].dueOn", equalTo(LocalDate.now().plusWeeks(2).plusDays(1).toString()));

        Event hiredEvent = Staff.awaitEvent(employeeId, Staff.EMPLOYEE_TOPIC, EmployeeEvents.HIRED);
        JsonPath hiredPayload = JsonPath.from(hiredEvent.value());
        assertEquals("Receptionist", hiredPayload.getString("position"));
        assertEquals(team.departmentId().toString(), hiredPayload.getString("departmentId"));
        assertEquals(30.0, hiredPayload.getDouble("weeklyHours"));
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), hiredPayload.getList("workingDays"));
        assertEquals(4, hiredPayload.getInt("skills.find { it.skillId == '" + phones + "' }.level"));
        assertEquals(2, hiredPayload.getInt("skills.find { it.skillId == '" + filing + "' }.level"));

        JsonPath opened = JsonPath.from(Staff.awaitEvent(openingId, "bureau.staff.job-opening", HiringEvents.OPENING_OPENED).value());
        assertEquals(phones.toString(), opened.getString("requiredSkills[0].skillId"));
        JsonPath closed = JsonPath.from(Staff.awaitEvent(openingId, "bureau.staff.job-opening", HiringEvents.OPENING_CLOSED).value());
        assertEquals("FILLED", closed.getString("closedAs"));
        JsonPath accepted = JsonPath.from(Staff.awaitEvent(applicationId, "bureau.staff.job-application",
                HiringEvents.OFFER_ACCEPTED).value());
        assertEquals(offerId, accepted.getString("offerId"));
        assertEquals(LocalDate.now().plusWeeks(2).toString(), accepted.getString("startDate"));
        assertTrue(!accepted.prettify().contains("Part time"), "offer terms stay in the service");
        Event skills = Staff.awaitEvent(employeeId, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED);
        assertTrue(skills.value().contains(phones.toString()) && skills.value().contains(filing.toString()), skills.value());

        as(team.managerToken()).body(Map.of("candidateId", candidate(team), "openingId", openingId))
                .post("/api/v1/applications").then().statusCode(409);
    }

    @Test
    void aCandidatesContactDataIsOnlyForAdminsAndTheManagersOfTheDepartmentsTheyAppliedTo() {
        Team hiring = Staff.team();
        Team other = Staff.team();
        String email = Staff.unique("cand").replace(" ", ".") + "@applicant.example";
        String candidateId = as(hiring.managerToken()).body(Map.of("firstName", "Cand", "lastName", "Private", "email", email,
                "phone", "+44 1632 960001")).post("/api/v1/candidates").then().statusCode(201)
                .body("email", equalTo(email)).extract().path("id");
        as(hiring.managerToken()).body(Map.of("candidateId", candidateId, "openingId", opening(hiring, 1, Staff.skill())))
                .post("/api/v1/applications").then().statusCode(201);
        String path = "/api/v1/candidates/" + candidateId;

        as(hiring.managerToken()).get(path).then().statusCode(200).body("email", equalTo(email))
                .body("phone", equalTo("+44 1632 960001")).body("contactShown", equalTo(true));
        asAdmin().get(path).then().statusCode(200).body("email", equalTo(email));
        for (String outsider : List.of(other.managerToken(), TestTokens.client("board", "top-manager"))) {
            as(outsider).get(path).then().statusCode(200).body("lastName", equalTo("Private"))
                    .body("email", nullValue()).body("phone", nullValue()).body("contactShown", equalTo(false));
            as(outsider).queryParam("q", "Private").get("/api/v1/candidates").then().statusCode(200)
                    .body("items.find { it.id == '" + candidateId + "' }.email", nullValue());
            as(outsider).queryParam("q", email).get("/api/v1/candidates").then().statusCode(200)
                    .body("items.id", not(hasItem(candidateId)));
        }
        as(hiring.managerToken()).queryParam("q", email).get("/api/v1/candidates").then().statusCode(200)
                .body("items.id", contains(candidateId)).body("items[0].email", equalTo(email));
    }

    @Test
    void illegalStageMovesAreRefusedWithTheMovesAllowed() {
        Team team = Staff.team();
        String applicationId = applicationAt(team, opening(team, 2, Staff.skill()), "APPLIED");
        String path = "/api/v1/applications/" + applicationId + "/stage";

        as(team.managerToken()).body(Map.of("stage", "OFFER")).put(path).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("APPLIED"))
                .body("allowedTransitions", contains("SCREENING", "REJECTED", "WITHDRAWN"));
        as(team.managerToken()).body(Map.of("stage", "REJECTED")).put(path).then().statusCode(400)
                .body("errors.field", contains("reason"));
        as(team.managerToken()).header("If-Match", "\"3\"").body(Map.of("stage", "SCREENING")).put(path).then().statusCode(412);
        as(team.managerToken()).header("If-Match", "\"0\"").body(Map.of("stage", "WITHDRAWN", "reason", "Took another job"))
                .put(path).then().statusCode(200).body("allowedNextStages.size()", equalTo(0));
        as(team.managerToken()).body(Map.of("stage", "SCREENING")).put(path).then().statusCode(409)
                .body("allowedTransitions.size()", equalTo(0));
        as(team.managerToken()).body(Map.of("stage", "SCREENING", "colour", "red")).put(path).then().statusCode(400)
                .body("errors.field", contains("colour"));
    }

    @Test
    void employeesTheHrIntegrationAndOtherDepartmentsCannotHire() {
        Team team = Staff.team();
        Team other = Staff.team();
        UUID clerk = Staff.employee(team.departmentId(), team.managerId());
        String openingId = opening(team, 1, Staff.skill());

        as(Staff.employeeToken(clerk)).body(Map.of("position", "Boss", "departmentId", team.departmentId(), "headcount", 1))
                .post("/api/v1/job-openings").then().statusCode(403).contentType("application/problem+json");
        as(Staff.employeeToken(clerk)).get("/api/v1/job-openings/" + openingId).then().statusCode(403);
        as(Staff.employeeToken(clerk)).get("/api/v1/candidates").then().statusCode(403);
        as(TestTokens.client("hr-sync", "hr-integration")).get("/api/v1/job-openings").then().statusCode(403);
        as(other.managerToken()).body(Map.of("position", "Spy", "departmentId", team.departmentId(), "headcount", 1))
                .post("/api/v1/job-openings").then().statusCode(403);
        as(other.managerToken()).get("/api/v1/job-openings/" + openingId).then().statusCode(403);
        as(other.managerToken()).get("/api/v1/job-openings").then().statusCode(200)
                .body("items.id", not(hasItem(openingId)));
        as(TestTokens.client("board", "top-manager")).get("/api/v1/job-openings/" + openingId).then().statusCode(200);
    }

    @Test
    void onlyListedInterviewersSubmitScorecardsOnceAndRatingsStayWithinOneToFive() {
        Team team = Staff.team();
        UUID outsider = Staff.employee(team.departmentId(), team.managerId());
        String applicationId = applicationAt(team, opening(team, 1, Staff.skill()), "INTERVIEW");
        String interviewId = as(team.managerToken()).body(Map.of("scheduledAt", OffsetDateTime.now().plusDays(1).toString(),
                        "interviewerIds", List.of(team.managerId())))
                .post("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(201).extract().path("id");
        String path = "/api/v1/interviews/" + interviewId + "/scorecards";
        Map<String, Object> scorecard = Map.of("interviewerId", team.managerId(), "recommendation", "NO_HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 6)));

        as(team.managerToken()).body(scorecard).post(path).then().statusCode(400)
                .body("errors.field", contains("ratings[0].rating"));
        as(Staff.managerToken(outsider)).body(Map.of("interviewerId", outsider, "recommendation", "HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 3)))).post(path)
                .then().statusCode(403);
        asAdmin().body(Map.of("interviewerId", outsider, "recommendation", "HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 3)))).post(path)
                .then().statusCode(400).body("errors.field", contains("interviewerId"));
        as(Staff.managerToken(outsider)).body(Map.of("interviewerId", team.managerId(), "recommendation", "HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 3)))).post(path).then().statusCode(403);
        Map<String, Object> valid = Map.of("interviewerId", team.managerId(), "recommendation", "NO_HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 2)));
        as(team.managerToken()).body(valid).post(path).then().statusCode(201);
        as(team.managerToken()).body(valid).post(path).then().statusCode(409);
        asAdmin().get("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(200)
                .body("[0].scorecards.recommendation", contains("NO_HIRE"));
    }

    @Test
    void aPlainEmployeeOnTheInterviewSubmitsTheirOwnScorecardAndNoOneElses() {
        Team team = Staff.team();
        UUID clerk = Staff.employee(team.departmentId(), team.managerId());
        UUID colleague = Staff.employee(team.departmentId(), team.managerId());
        UUID notOnIt = Staff.employee(team.departmentId(), team.managerId());
        String applicationId = applicationAt(team, opening(team, 1, Staff.skill()), "INTERVIEW");
        String interviewId = as(team.managerToken()).body(Map.of("scheduledAt", OffsetDateTime.now().plusDays(1).toString(),
                        "interviewerIds", List.of(clerk, colleague)))
                .post("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(201).extract().path("id");
        String path = "/api/v1/interviews/" + interviewId + "/scorecards";

        as(Staff.employeeToken(clerk)).body(scorecardBy(colleague)).post(path).then().statusCode(403)
                .contentType("application/problem+json");
        as(Staff.employeeToken(notOnIt)).body(scorecardBy(notOnIt)).post(path).then().statusCode(403);
        as(Staff.employeeToken(notOnIt)).body(scorecardBy(clerk)).post(path).then().statusCode(403);
        as(TestTokens.client("hr-sync", "hr-integration")).body(scorecardBy(clerk)).post(path).then().statusCode(403);
        as(Staff.employeeToken(clerk)).body(scorecardBy(clerk)).post(path).then().statusCode(201)
                .body("interviewerId", equalTo(clerk.toString()));
        as(Staff.employeeToken(clerk)).body(scorecardBy(clerk)).post(path).then().statusCode(409);
        asAdmin().get("/api/v1/applications/" + applicationId + "/interviews").then().statusCode(200)
                .body("[0].scorecards.interviewerId", contains(clerk.toString()));
    }

    private static Map<String, Object> scorecardBy(UUID interviewer) {
        return Map.of("interviewerId", interviewer, "recommendation", "HIRE",
                "ratings", List.of(Map.of("criterion", "Punctuality", "rating", 4)));
    }

    @Test
    void anExpiredOfferCannotBeAcceptedAndADeclinedOneLeavesRoomForAnother() {
        Team team = Staff.team();
        String applicationId = applicationAt(team, opening(team, 1, Staff.skill()), "OFFER");
        String offers = "/api/v1/applications/" + applicationId + "/offers";
        as(team.managerToken()).body(Map.of("position", "Receptionist", "startDate", LocalDate.now().toString(),
                "terms", "x", "expiresOn", LocalDate.now().minusDays(1).toString())).post(offers)
                .then().statusCode(400).body("errors.field", contains("expiresOn"));
        as(team.managerToken()).body(Map.of("position", " ", "terms", "x")).post(offers)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("expiresOn", "position", "startDate"));

        String first = as(team.managerToken()).body(offer()).post(offers).then().statusCode(201).extract().path("id");
        as(team.managerToken()).body(offer()).post(offers).then().statusCode(409);
        as(team.managerToken()).header("If-Match", "\"9\"").body(Map.of("reason", "Salary")).post("/api/v1/offers/" + first + "/decline")
                .then().statusCode(412);
        as(team.managerToken()).body(Map.of("reason", "Salary")).post("/api/v1/offers/" + first + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        as(team.managerToken()).post("/api/v1/offers/" + first + "/accept").then().statusCode(409)
                .body("currentState", equalTo("DECLINED"));
        as(team.managerToken()).body(offer()).post(offers).then().statusCode(201);
    }
}
