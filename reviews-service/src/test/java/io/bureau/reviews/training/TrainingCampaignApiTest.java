package io.bureau.reviews.training;

import static io.bureau.reviews.Tokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A mandatory training campaign enrols a department (and its later joiners) and counts progress per department. */
@QuarkusTest
class TrainingCampaignApiTest {

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
}
