package io.bureau.reviews.review;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A cycle opens reviews for a department; one review goes its whole way, and nothing moves out of turn. */
@QuarkusTest
class ReviewLifecycleApiTest {

    static final String REVIEW_TOPIC = "bureau.reviews.review";

    static UUID cycle(Office office, String token) {
        Map<String, Object> body = Map.of("name", "H1 " + UUID.randomUUID(), "periodStart", "2026-01-01",
                "periodEnd", "2026-06-30", "dueOn", "2026-07-31", "departmentIds", List.of(office.department()),
                "criteria", List.of(Map.of("name", "Quality", "weight", 60), Map.of("name", "Timeliness", "weight", 40)));
        return UUID.fromString(as(token).body(body).post("/api/v1/review-cycles").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id"));
    }

    static UUID openedReviewOf(Office office, UUID employee) {
        UUID cycle = cycle(office, office.managerToken());
        as(office.managerToken()).post("/api/v1/review-cycles/" + cycle + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN"));
        return UUID.fromString(as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", employee)
                .get("/api/v1/reviews").then().statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id"));
    }

    @Test
    void aReviewGoesFromDraftToAcknowledgedWithFrozenEvidenceAndAWeightedScore() throws Exception {
        Office office = Office.create();
        UUID cycle = cycle(office, office.managerToken());
        as(office.managerToken()).post("/api/v1/review-cycles/" + cycle + "/open").then().statusCode(200);
        as(office.managerToken()).queryParam("cycle", cycle).get("/api/v1/reviews").then().statusCode(200)
                .body("items.employeeId", containsInAnyOrder(office.lineManager().toString(), office.clerk().toString(),
                        office.peer().toString()));
        UUID joiner = Feeds.hire(office.department(), office.lineManager());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(office.managerToken())
                .queryParam("cycle", cycle).queryParam("employee", joiner).get("/api/v1/reviews").then().extract()
                .<Integer>path("totalItems") == 1);

        UUID task = UUID.randomUUID();
        Feeds.taskEvent(UUID.randomUUID().toString(), "accepted", task, Map.of("taskId", task, "assigneeId", office.clerk(),
                "acceptedAt", OffsetDateTime.of(2026, 2, 3, 10, 0, 0, 0, ZoneOffset.UTC), "onTime", true, "qualityScore", 4));
        Feeds.awaitHandled(Feeds.TASK_TOPIC, task);

        String review = as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", office.clerk())
                .get("/api/v1/reviews").then().extract().path("items[0].id");
        String path = "/api/v1/reviews/" + review;
        as(office.clerkToken()).body(Map.of("text", "I closed the backlog")).put(path + "/self-assessment").then()
                .statusCode(200).body("status", equalTo("SELF_ASSESSMENT"));
        as(office.managerToken()).post(path + "/start-manager-assessment").then().statusCode(200)
                .body("status", equalTo("MANAGER_ASSESSMENT"))
                .body("evidence.tasksAccepted", equalTo(1))
                .body("evidence.onTimeRate", equalTo(1.0f))
                .body("evidence.averageQuality", equalTo(4.0f));
        as(office.clerkToken()).body(Map.of("text", "Too late")).put(path + "/self-assessment").then().statusCode(409);

        UUID later = UUID.randomUUID();
        Feeds.taskEvent(UUID.randomUUID().toString(), "accepted", later, Map.of("taskId", later, "assigneeId", office.clerk(),
                "acceptedAt", OffsetDateTime.of(2026, 2, 4, 10, 0, 0, 0, ZoneOffset.UTC), "onTime", false, "qualityScore", 1));
        Feeds.awaitHandled(Feeds.TASK_TOPIC, later);

        as(office.managerToken()).body(Map.of("ratings", List.of(Map.of("criterion", "Quality", "rating", 4))))
                .put(path + "/ratings").then().statusCode(200);
        as(office.managerToken()).body(Map.of("heldOn", "2026-07-10")).post(path + "/meeting").then().statusCode(409)
                .body("errors[0].field", equalTo("ratings"));
        as(office.managerToken()).body(Map.of("ratings", List.of(Map.of("criterion", "Quality", "rating", 4, "comment", "Careful"),
                Map.of("criterion", "Timeliness", "rating", 3)), "comments", "Solid half")).put(path + "/ratings").then()
                .statusCode(200);
        as(office.managerToken()).body(Map.of("heldOn", "2026-07-10", "notes", "Talked about the move to payroll"))
                .post(path + "/meeting").then().statusCode(200).body("status", equalTo("MEETING_HELD"));
        as(office.managerToken()).body(Map.of("summary", "Solid work, on time")).post(path + "/finalize").then()
                .statusCode(200).body("status", equalTo("FINALIZED")).body("overallScore", equalTo(3.6f))
                .body("evidence.tasksAccepted", equalTo(1)).body("evidence.averageQuality", equalTo(4.0f));

        ValidatableResponse refused = as(office.managerToken()).body(Map.of("ratings", List.of())).put(path + "/ratings").then()
                .statusCode(409).body("allowedTransitions", contains("ACKNOWLEDGED"));
        assertTrue(refused.extract().path("currentState").equals("FINALIZED"));
        as(office.clerkToken()).post(path + "/acknowledge").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        List<KafkaEvents.Event> events = KafkaEvents.allUntil(e -> review.equals(e.key()), Duration.ofSeconds(60), REVIEW_TOPIC)
                .stream().filter(e -> review.equals(e.key())).toList();
        assertEquals(1, events.size());
        assertEquals("bureau.reviews.review.finalized.v1", events.get(0).type());
        String payload = events.get(0).value();
        JsonNode json = new ObjectMapper().readTree(payload);
        assertEquals(0, new java.math.BigDecimal("3.60").compareTo(json.get("overallScore").decimalValue()), payload);
        assertEquals("Solid work, on time", json.get("summary").asText());
        assertEquals(office.clerk().toString(), json.get("employeeId").asText());
        assertEquals(cycle.toString(), json.get("cycleId").asText());
        assertEquals("2026-01-01", json.get("periodStart").asText());
        assertFalse(payload.contains("payroll") || payload.contains("Careful"), "no private notes are published: " + payload);
    }

    @Test
    void movesOutOfTurnAnswer409WithTheAllowedMovesAndAStaleVersionAnswers412() {
        Office office = Office.create();
        UUID review = openedReviewOf(office, office.clerk());
        String path = "/api/v1/reviews/" + review;
        as(office.managerToken()).post(path + "/start-manager-assessment").then().statusCode(409)
                .body("currentState", equalTo("DRAFT")).body("allowedTransitions", contains("SELF_ASSESSMENT"));
        as(office.clerkToken()).post(path + "/acknowledge").then().statusCode(409);
        as(office.managerToken()).body(Map.of("summary", "x")).post(path + "/finalize").then().statusCode(409);

        as(office.clerkToken()).header("If-Match", "\"0\"").body(Map.of("text", "First")).put(path + "/self-assessment")
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(office.clerkToken()).header("If-Match", "\"0\"").body(Map.of("text", "Stale")).put(path + "/self-assessment")
                .then().statusCode(412);
        as(office.clerkToken()).get(path).then().statusCode(200).body("selfAssessment", equalTo("First"));

        as(office.managerToken()).post(path + "/start-manager-assessment").then().statusCode(200);
        as(office.managerToken()).body(Map.of("ratings", List.of(Map.of("criterion", "Charm", "rating", 5))))
                .put(path + "/ratings").then().statusCode(400).body("errors[0].field", equalTo("ratings[0].criterion"));
        as(office.managerToken()).body(Map.of("ratings", List.of(Map.of("criterion", "Quality", "rating", 6))))
                .put(path + "/ratings").then().statusCode(400);
    }

    @Test
    void aCycleNeedsAValidPeriodDistinctCriteriaAndAManagerOfEveryDepartment() {
        Office office = Office.create();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Bad " + UUID.randomUUID(), "periodStart", "2026-06-01",
                "periodEnd", "2026-01-01", "dueOn", "2026-07-31", "departmentIds", List.of(office.department()),
                "criteria", List.of(Map.of("name", "Quality", "weight", 50), Map.of("name", "Quality", "weight", 50))));
        as(office.managerToken()).body(body).post("/api/v1/review-cycles").then().statusCode(400)
                .body("errors.field", hasItem("periodEnd")).body("errors.field", hasItem("criteria"));
        body.put("periodEnd", "2026-06-30");
        body.put("criteria", List.of(Map.of("name", "Quality", "weight", 100)));
        body.put("departmentIds", List.of(office.department(), office.otherDepartment()));
        as(office.managerToken()).body(body).post("/api/v1/review-cycles").then().statusCode(403);
        body.put("departmentIds", List.of(office.department()));
        as(office.managerToken()).body(body).post("/api/v1/review-cycles").then().statusCode(201);
        as(office.managerToken()).body(body).post("/api/v1/review-cycles").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
        as(office.lineManagerToken()).queryParam("status", "DRAFT").get("/api/v1/review-cycles").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/review-cycles").then().statusCode(200)
                .body("items.name", hasItem(body.get("name")));
        as(office.otherManagerToken()).get("/api/v1/review-cycles").then().statusCode(200)
                .body("items.name", not(hasItem(body.get("name"))));
    }

    @Test
    void aCycleMovesOnlyDraftOpenClosedAndAStaleVersionIsRefused() {
        Office office = Office.create();
        String path = "/api/v1/review-cycles/" + cycle(office, office.managerToken());
        as(office.managerToken()).post(path + "/close").then().statusCode(409)
                .body("currentState", equalTo("DRAFT")).body("allowedTransitions", org.hamcrest.Matchers.contains("OPEN"));
        as(office.lineManagerToken()).post(path + "/open").then().statusCode(403);
        as(office.managerToken()).header("If-Match", "\"9\"").post(path + "/open").then().statusCode(412);
        as(office.managerToken()).header("If-Match", "\"0\"").post(path + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN")).header("ETag", equalTo("\"1\""));
        as(office.managerToken()).post(path + "/open").then().statusCode(409)
                .body("currentState", equalTo("OPEN")).body("allowedTransitions", org.hamcrest.Matchers.contains("CLOSED"));
        as(office.managerToken()).header("If-Match", "\"0\"").post(path + "/close").then().statusCode(412);
        as(office.managerToken()).post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        as(office.managerToken()).post(path + "/open").then().statusCode(409)
                .body("currentState", equalTo("CLOSED")).body("allowedTransitions", org.hamcrest.Matchers.empty());
        as(office.managerToken()).post("/api/v1/review-cycles/" + UUID.randomUUID() + "/open").then().statusCode(404);
    }
}
