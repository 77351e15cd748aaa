package io.bureau.reviews.review;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Who may see and move someone's review and feedback, one rule at a time. */
@QuarkusTest
class ReviewAccessTest {

    @Test
    void theEmployeeReadsTheirOwnReviewButNeverAColleagues() {
        Office office = Office.create();
        UUID review = ReviewLifecycleApiTest.openedReviewOf(office, office.clerk());
        as(office.clerkToken()).get("/api/v1/reviews/" + review).then().statusCode(200);
        as(office.peerToken()).get("/api/v1/reviews/" + review).then().statusCode(403);
        as(office.peerToken()).queryParam("employee", office.clerk()).get("/api/v1/reviews").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aLineManagerWhoIsNotTheDepartmentManagerWorksOnTheirReport() {
        Office office = Office.create();
        UUID review = ReviewLifecycleApiTest.openedReviewOf(office, office.clerk());
        as(office.clerkToken()).body(Map.of("text", "Mine")).put("/api/v1/reviews/" + review + "/self-assessment").then()
                .statusCode(200);
        as(office.lineManagerToken()).get("/api/v1/reviews/" + review).then().statusCode(200);
        as(office.lineManagerToken()).queryParam("employee", office.clerk()).get("/api/v1/reviews").then()
                .body("totalItems", equalTo(1));
        as(office.lineManagerToken()).post("/api/v1/reviews/" + review + "/start-manager-assessment").then().statusCode(200);
    }

    @Test
    void aPeerAnotherDepartmentsManagerATopManagerAndTheEmployeeThemselfDoNotManageAReview() {
        Office office = Office.create();
        UUID review = ReviewLifecycleApiTest.openedReviewOf(office, office.clerk());
        as(office.clerkToken()).body(Map.of("text", "Mine")).put("/api/v1/reviews/" + review + "/self-assessment").then()
                .statusCode(200);
        String start = "/api/v1/reviews/" + review + "/start-manager-assessment";
        as(Tokens.officeManager(office.peer())).post(start).then().statusCode(403);
        as(office.otherManagerToken()).post(start).then().statusCode(403);
        as(office.otherManagerToken()).get("/api/v1/reviews/" + review).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/reviews/" + review).then().statusCode(403);
        as(Tokens.officeManager(office.clerk())).post(start).then().statusCode(403);
        as(office.lineManagerToken()).body(Map.of("text", "Not mine")).put("/api/v1/reviews/" + review + "/self-assessment")
                .then().statusCode(403);
    }

    @Test
    void feedbackNotesAreWrittenByManagersAndReadByThePersonAndTheirManagersOnly() {
        Office office = Office.create();
        Map<String, Object> note = Map.of("employeeId", office.clerk(), "body", "Handled the audit calmly");
        as(office.lineManagerToken()).body(note).post("/api/v1/feedback-notes").then().statusCode(201)
                .body("employeeId", equalTo(office.clerk().toString()));
        as(office.otherManagerToken()).body(note).post("/api/v1/feedback-notes").then().statusCode(403);
        as(Tokens.officeManager(office.peer())).body(note).post("/api/v1/feedback-notes").then().statusCode(403);
        as(office.clerkToken()).body(note).post("/api/v1/feedback-notes").then().statusCode(403);
        as(office.clerkToken()).queryParam("employee", office.clerk()).get("/api/v1/feedback-notes").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].body", equalTo("Handled the audit calmly"));
        as(office.managerToken()).queryParam("employee", office.clerk()).get("/api/v1/feedback-notes").then().statusCode(200);
        as(office.peerToken()).queryParam("employee", office.clerk()).get("/api/v1/feedback-notes").then().statusCode(403);
    }

    @Test
    void aFeedbackNoteNeedsABodyAndAKnownPerson() {
        Office office = Office.create();
        as(office.managerToken()).body(Map.of("employeeId", office.clerk(), "body", " ")).post("/api/v1/feedback-notes").then()
                .statusCode(400).body("errors[0].field", equalTo("body"));
        as(office.managerToken()).body(Map.of("body", "Good work")).post("/api/v1/feedback-notes").then()
                .statusCode(400).body("errors[0].field", equalTo("employeeId"));
        as(office.managerToken()).body(Map.of("employeeId", UUID.randomUUID(), "body", "Good work"))
                .post("/api/v1/feedback-notes").then().statusCode(400).body("errors[0].field", equalTo("employeeId"));
        as(office.managerToken()).body(Map.of("employeeId", office.clerk(), "body", "x".repeat(4001)))
                .post("/api/v1/feedback-notes").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
