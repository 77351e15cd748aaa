package io.bureau.reviews.training;

import static io.bureau.reviews.Tokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.TestClock;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A mandatory training campaign enrols a department (and its later joiners) and counts progress per department. */
@QuarkusTest
class TrainingCampaignApiTest {

    @Inject
    TestClock clock;

    @Test
    void everyoneTargetedIsEnrolledJoinersTooAndProgressIsCountedPerDepartment() {
        Office office = Office.create();
        UUID session = TrainingApiTest.session(TrainingApiTest.course("INTERNAL", "0.00", UUID.randomUUID()), 10);
        Map<String, Object> body = Map.of("name", "New filing procedure " + UUID.randomUUID(), "sessionId", session,
                "departmentIds", List.of(office.department()), "dueOn", LocalDate.now().plusDays(30).toString());
        as(office.otherManagerToken()).body(body).post("/api/v1/training-campaigns").then().statusCode(403);
        as(office.lineManagerToken()).body(body).post("/api/v1/training-campaigns").then().statusCode(403);
        String campaign = as(office.managerToken()).body(body).post("/api/v1/training-campaigns").then().statusCode(201)
                .extract().path("id");
        as(office.managerToken()).body(body).post("/api/v1/training-campaigns").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
        String progress = "/api/v1/training-campaigns/" + campaign + "/progress";
        as(office.managerToken()).get(progress).then().statusCode(200)
                .body("[0].departmentId", equalTo(office.department().toString()))
                .body("[0].targeted", equalTo(3)).body("[0].inProgress", equalTo(3)).body("[0].done", equalTo(0));

        UUID joiner = Feeds.hire(office.department(), office.lineManager());
        await().atMost(Duration.ofSeconds(30)).until(() -> as(office.managerToken()).get(progress).then().extract()
                .<Integer>path("[0].targeted") == 4);
        as(Tokens.employee(joiner)).queryParam("employee", joiner).get("/api/v1/enrolments").then()
                .body("items[0].status", equalTo("CONFIRMED"));

        String clerkEnrolment = as(office.clerkToken()).queryParam("employee", office.clerk()).get("/api/v1/enrolments").then()
                .extract().path("items[0].id");
        as(office.managerToken()).body(Map.of("result", "PASSED", "score", 95))
                .post("/api/v1/enrolments/" + clerkEnrolment + "/complete").then().statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).get(progress).then().statusCode(200)
                .body("[0].targeted", equalTo(4)).body("[0].done", equalTo(1)).body("[0].inProgress", equalTo(3))
                .body("[0].overdue", equalTo(0));
        as(office.otherManagerToken()).get(progress).then().statusCode(403);
        as(office.clerkToken()).get(progress).then().statusCode(403);
    }

    @Test
    void onceTheDueDatePassesWhoeverHasNotPassedIsOverduePerDepartmentAndLaterJoinersAreNotEnrolled() {
        Office office = Office.create();
        UUID outsider = Feeds.hire(office.otherDepartment(), office.otherManager());
        UUID session = TrainingApiTest.session(TrainingApiTest.course("INTERNAL", "0.00", UUID.randomUUID()), 10);
        LocalDate due = LocalDate.now(clock).plusDays(5);
        Map<String, Object> body = Map.of("name", "Fire drill " + UUID.randomUUID(), "sessionId", session,
                "departmentIds", List.of(office.department(), office.otherDepartment()), "dueOn", due.toString());
        String campaign = Tokens.asAdmin().body(body).post("/api/v1/training-campaigns").then().statusCode(201)
                .extract().path("id");
        String progress = "/api/v1/training-campaigns/" + campaign + "/progress";
        String clerkEnrolment = as(office.clerkToken()).queryParam("employee", office.clerk()).get("/api/v1/enrolments").then()
                .extract().path("items[0].id");
        as(office.managerToken()).body(Map.of("result", "PASSED", "score", 80))
                .post("/api/v1/enrolments/" + clerkEnrolment + "/complete").then().statusCode(200);
        int mine = office.department().compareTo(office.otherDepartment()) < 0 ? 0 : 1;
        int other = 1 - mine;
        Tokens.asAdmin().get(progress).then().statusCode(200)
                .body("[" + mine + "].departmentId", equalTo(office.department().toString()))
                .body("[" + mine + "].targeted", equalTo(3)).body("[" + mine + "].done", equalTo(1))
                .body("[" + mine + "].inProgress", equalTo(2)).body("[" + mine + "].overdue", equalTo(0))
                .body("[" + other + "].departmentId", equalTo(office.otherDepartment().toString()))
                .body("[" + other + "].targeted", equalTo(1)).body("[" + other + "].done", equalTo(0))
                .body("[" + other + "].inProgress", equalTo(1)).body("[" + other + "].overdue", equalTo(0));
        try {
            clock.advance(Duration.ofDays(6));
            Tokens.asAdmin().get(progress).then().statusCode(200)
                    .body("[" + mine + "].targeted", equalTo(3)).body("[" + mine + "].done", equalTo(1))
                    .body("[" + mine + "].inProgress", equalTo(0)).body("[" + mine + "].overdue", equalTo(2))
                    .body("[" + other + "].targeted", equalTo(1)).body("[" + other + "].done", equalTo(0))
                    .body("[" + other + "].inProgress", equalTo(0)).body("[" + other + "].overdue", equalTo(1));
            // The peer passes late: done, no longer overdue.
            String peerEnrolment = as(office.peerToken()).queryParam("employee", office.peer()).get("/api/v1/enrolments").then()
                    .extract().path("items[0].id");
            as(office.managerToken()).body(Map.of("result", "PASSED", "score", 70))
                    .post("/api/v1/enrolments/" + peerEnrolment + "/complete").then().statusCode(200);
            // Someone joining after the due date is not enrolled by the campaign.
            UUID late = Feeds.hire(office.department(), office.lineManager());
            as(Tokens.employee(late)).queryParam("employee", late).get("/api/v1/enrolments").then().statusCode(200)
                    .body("totalItems", equalTo(0));
            as(office.managerToken()).get(progress).then().statusCode(200)
                    .body("[" + mine + "].targeted", equalTo(3)).body("[" + mine + "].done", equalTo(2))
                    .body("[" + mine + "].inProgress", equalTo(0)).body("[" + mine + "].overdue", equalTo(1));
            assertEquals(List.of(), Feeds.deadLettersAbout(outsider));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCampaignNeedsASessionDepartmentsAndADueDateNotPast() {
        Office office = Office.create();
        UUID session = TrainingApiTest.session(TrainingApiTest.course("INTERNAL", "0.00", UUID.randomUUID()), 10);
        String campaigns = "/api/v1/training-campaigns";
        as(office.managerToken()).body(Map.of("name", "Late " + UUID.randomUUID(), "sessionId", session, "departmentIds",
                List.of(office.department()), "dueOn", LocalDate.now(clock).minusDays(1).toString())).post(campaigns).then()
                .statusCode(400).body("errors[0].field", equalTo("dueOn"));
        as(office.managerToken()).body(Map.of("name", "Nowhere " + UUID.randomUUID(), "sessionId", UUID.randomUUID(),
                "departmentIds", List.of(office.department()), "dueOn", LocalDate.now(clock).plusDays(9).toString()))
                .post(campaigns).then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
        as(office.managerToken()).body(Map.of("name", "No one " + UUID.randomUUID(), "sessionId", session,
                "departmentIds", List.of(), "dueOn", LocalDate.now(clock).plusDays(9).toString()))
                .post(campaigns).then().statusCode(400).body("errors[0].field", equalTo("departmentIds"));
        as(office.managerToken()).body(Map.of("name", " ", "sessionId", session, "departmentIds", List.of(office.department()),
                "dueOn", LocalDate.now(clock).plusDays(9).toString())).post(campaigns).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(office.managerToken()).get(campaigns + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
