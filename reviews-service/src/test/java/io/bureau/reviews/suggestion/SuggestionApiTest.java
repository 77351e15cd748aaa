package io.bureau.reviews.suggestion;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Anyone raises a suggestion; its department's managers review it; top managers see them all. */
@QuarkusTest
class SuggestionApiTest {

    @Test
    void aSuggestionIsRaisedCommentedReviewedAndAdopted() {
        Office office = Office.create();
        String id = as(office.clerkToken()).body(Map.of("title", "One inbox for invoices", "body", "Stop the double filing"))
                .post("/api/v1/suggestions").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .body("departmentId", equalTo(office.department().toString())).extract().path("id");
        String path = "/api/v1/suggestions/" + id;
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/suggestions").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(office.managerToken()).body(Map.of("body", "Worth a try")).post(path + "/comments").then().statusCode(201);
        as(office.clerkToken()).get(path + "/comments").then().statusCode(200).body("items.body", contains("Worth a try"));
        as(office.peerToken()).get(path).then().statusCode(403);
        as(office.otherManagerToken()).get(path).then().statusCode(403);
        as(office.otherManagerToken()).get("/api/v1/suggestions").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(office.clerkToken()).body(Map.of("status", "UNDER_REVIEW")).post(path + "/status").then().statusCode(403);
        as(office.otherManagerToken()).body(Map.of("status", "UNDER_REVIEW")).post(path + "/status").then().statusCode(403);
        as(office.managerToken()).body(Map.of("status", "ADOPTED")).post(path + "/status").then().statusCode(409)
                .body("allowedTransitions", contains("UNDER_REVIEW", "DECLINED"));
        as(office.managerToken()).header("If-Match", "\"5\"").body(Map.of("status", "UNDER_REVIEW")).post(path + "/status")
                .then().statusCode(412);
        as(office.managerToken()).body(Map.of("status", "UNDER_REVIEW")).post(path + "/status").then().statusCode(200);
        as(office.managerToken()).body(Map.of("status", "ADOPTED", "note", "From next month")).post(path + "/status").then()
                .statusCode(200).body("status", equalTo("ADOPTED")).body("allowedTransitions", empty())
                .body("decisionNote", equalTo("From next month"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAFinalStatusAllowsNoMove() {
        Office office = Office.create();
        as(office.clerkToken()).body(Map.of("body", "Stop the double filing")).post("/api/v1/suggestions").then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
        as(office.clerkToken()).body(Map.of("title", "t".repeat(201), "body", "b")).post("/api/v1/suggestions").then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
        String id = as(office.clerkToken()).body(Map.of("title", "Shared calendar", "body", "One for the meeting rooms"))
                .post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
        String path = "/api/v1/suggestions/" + id;
        as(office.clerkToken()).body(Map.of("body", "")).post(path + "/comments").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(office.managerToken()).body(Map.of("note", "x")).post(path + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(office.managerToken()).body(Map.of("status", "SHELVED")).post(path + "/status").then().statusCode(400);
        as(office.managerToken()).body(Map.of("status", "DECLINED", "note", "We have one")).post(path + "/status").then()
                .statusCode(200).body("status", equalTo("DECLINED")).body("allowedTransitions", empty());
        as(office.managerToken()).body(Map.of("status", "UNDER_REVIEW")).post(path + "/status").then().statusCode(409)
                .body("currentState", equalTo("DECLINED")).body("allowedTransitions", empty());
        as(office.clerkToken()).get("/api/v1/suggestions/" + UUID.randomUUID()).then().statusCode(404);
    }
}
