package io.bureau.reviews.training;

import static io.bureau.reviews.Tokens.as;
import static io.bureau.reviews.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
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

/** Courses, sessions and enrolments: seats, waitlist, approval, completion, and the budget round trip over the real broker. */
@QuarkusTest
class TrainingApiTest {

    static final String ENROLMENT_TOPIC = "bureau.reviews.enrolment";
    static final String TRAINING_TOPIC = "bureau.reviews.training";
    static final String BUDGET_TOPIC = "bureau.procurement.budget";
    static final ObjectMapper JSON = new ObjectMapper();

    static UUID course(String kind, String amount, UUID skill) {
        return UUID.fromString(asAdmin().body(Map.of("title", "Course " + UUID.randomUUID(), "kind", kind, "provider", "Acme Learning",
                "durationHours", 14, "cost", Map.of("amount", amount, "currency", "EUR"),
                "skillsGranted", List.of(Map.of("skillId", skill, "name", "Spreadsheets", "level", 3))))
                .post("/api/v1/training-courses").then().statusCode(201).body("cost.amount", equalTo(amount))
                .extract().path("id"));
    }

    static UUID session(UUID course, int capacity) {
        return UUID.fromString(asAdmin().body(Map.of("courseId", course, "startDate", LocalDate.now().plusDays(20).toString(),
                "endDate", LocalDate.now().plusDays(21).toString(), "place", "Room 4", "trainer", "J. Doe", "capacity", capacity))
                .post("/api/v1/training-sessions").then().statusCode(201).extract().path("id"));
    }

    static String enrol(String token, UUID session, UUID employee, String expectedStatus) {
        return as(token).body(Map.of("sessionId", session, "employeeId", employee)).post("/api/v1/enrolments").then()
                .statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    static List<KafkaEvents.Event> eventsOf(String enrolment, String type, String topic) {
        return KafkaEvents.allUntil(e -> enrolment.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(60), topic)
                .stream().filter(e -> enrolment.equals(e.key())).toList();
    }

    @Test
    void aFullSessionWaitlistsAndAFreedSeatGoesToTheFirstWaitingThenAPassGrantsTheSkills() throws Exception {
        Office office = Office.create();
        UUID skill = UUID.randomUUID();
        UUID session = session(course("INTERNAL", "0.00", skill), 1);
        String clerk = enrol(office.managerToken(), session, office.clerk(), "CONFIRMED");
        String peer = enrol(office.lineManagerToken(), session, office.peer(), "WAITLISTED");
        as(office.managerToken()).body(Map.of("sessionId", session, "employeeId", office.clerk())).post("/api/v1/enrolments")
                .then().statusCode(409).body("errors[0].field", equalTo("employeeId"));
        as(office.clerkToken()).post("/api/v1/enrolments/" + clerk + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(office.peerToken()).get("/api/v1/enrolments/" + peer).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertEquals(List.of("bureau.reviews.enrolment.created.v1", "bureau.reviews.enrolment.cancelled.v1"),
                eventsOf(clerk, "bureau.reviews.enrolment.cancelled.v1", ENROLMENT_TOPIC).stream().map(KafkaEvents.Event::type).toList());
        assertEquals(1, eventsOf(peer, "bureau.reviews.enrolment.created.v1", ENROLMENT_TOPIC).size());

        as(office.managerToken()).body(Map.of("attended", true)).post("/api/v1/enrolments/" + peer + "/attendance").then()
                .statusCode(200);
        as(office.peerToken()).body(Map.of("result", "PASSED", "score", 88)).post("/api/v1/enrolments/" + peer + "/complete")
                .then().statusCode(403);
        as(office.managerToken()).body(Map.of("result", "PASSED", "score", 88)).post("/api/v1/enrolments/" + peer + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        as(office.managerToken()).post("/api/v1/enrolments/" + peer + "/cancel").then().statusCode(409)
                .body("currentState", equalTo("COMPLETED"));
        JsonNode completed = JSON.readTree(eventsOf(peer, "bureau.reviews.training.completed.v1", TRAINING_TOPIC).get(0).value());
        assertEquals("PASSED", completed.get("result").asText());
        assertEquals(88, completed.get("score").asInt());
        assertEquals(skill.toString(), completed.get("skillsGranted").get(0).get("skillId").asText());
        assertEquals(3, completed.get("skillsGranted").get(0).get("level").asInt());
    }

    @Test
    void anEmployeeAsksAndTheirManagerApprovesOrRejectsNeverAColleagueOrAnotherDepartmentsManager() {
        Office office = Office.create();
        UUID session = session(course("INTERNAL", "0.00", UUID.randomUUID()), 5);
        String asked = enrol(office.clerkToken(), session, office.clerk(), "PENDING_APPROVAL");
        as(office.peerToken()).body(Map.of("sessionId", session, "employeeId", office.clerk())).post("/api/v1/enrolments")
                .then().statusCode(403);
        as(office.otherManagerToken()).body(Map.of("sessionId", session, "employeeId", office.clerk())).post("/api/v1/enrolments")
                .then().statusCode(403);
        as(office.peerToken()).get("/api/v1/enrolments/" + asked).then().statusCode(403);
        as(office.otherManagerToken()).post("/api/v1/enrolments/" + asked + "/approve").then().statusCode(403);
        as(office.clerkToken()).post("/api/v1/enrolments/" + asked + "/approve").then().statusCode(403);
        as(office.lineManagerToken()).header("If-Match", "\"7\"").post("/api/v1/enrolments/" + asked + "/approve").then()
                .statusCode(412);
        as(office.lineManagerToken()).post("/api/v1/enrolments/" + asked + "/approve").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        String peerAsked = enrol(office.peerToken(), session, office.peer(), "PENDING_APPROVAL");
        as(office.managerToken()).body(Map.of("reason", "Not this quarter")).post("/api/v1/enrolments/" + peerAsked + "/reject")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("refusalReason", equalTo("Not this quarter"));
        as(office.peerToken()).queryParam("employee", office.peer()).get("/api/v1/enrolments").then().statusCode(200)
                .body("items.status", contains("REFUSED"));
        as(office.peerToken()).queryParam("employee", office.clerk()).get("/api/v1/enrolments").then().statusCode(403);
    }

    @Test
    void anOutsideCourseWaitsForTheBudgetAndAnApprovalConfirmsTheSeat() throws Exception {
        Office office = Office.create();
        UUID course = course("OUTSIDE", "450.00", UUID.randomUUID());
        UUID session = session(course, 1);
        String enrolment = enrol(office.managerToken(), session, office.clerk(), "PENDING_BUDGET");
        enrol(office.managerToken(), session, office.peer(), "WAITLISTED");

        List<KafkaEvents.Event> requested = eventsOf(enrolment, "bureau.reviews.training.cost-requested.v1", TRAINING_TOPIC);
        assertEquals(1, requested.size());
        JsonNode request = JSON.readTree(requested.get(0).value());
        assertEquals(enrolment, request.get("requestId").asText());
        assertEquals(office.department().toString(), request.get("departmentId").asText());
        assertEquals("450.00", request.get("amount").get("amount").asText());
        assertEquals("EUR", request.get("amount").get("currency").asText());
        assertEquals("TRAINING", request.get("category").asText());
        assertTrue(KafkaEvents.matching(e -> enrolment.equals(e.key()), ENROLMENT_TOPIC).isEmpty(),
                "no seat is announced while the budget decides");

        String decisionId = UUID.randomUUID().toString();
        String approved = JSON.writeValueAsString(Map.of("requestId", enrolment, "source", "reviews.training",
                "outcome", "APPROVED", "commitmentId", UUID.randomUUID(), "budgetLineId", UUID.randomUUID(),
                "amount", Map.of("amount", "450.00", "currency", "EUR"), "decidedAt", Feeds.now().toString(), "extra", "ignored"));
        KafkaEvents.deliver(BUDGET_TOPIC, decisionId, "bureau.procurement.budget.decision.v1", enrolment, approved);
        KafkaEvents.deliver(BUDGET_TOPIC, decisionId, "bureau.procurement.budget.decision.v1", enrolment, approved);
        await().atMost(Duration.ofSeconds(60)).until(() -> "CONFIRMED".equals(as(office.clerkToken())
                .get("/api/v1/enrolments/" + enrolment).then().extract().path("status")));
        assertEquals(1, eventsOf(enrolment, "bureau.reviews.enrolment.created.v1", ENROLMENT_TOPIC).stream()
                .filter(e -> e.type().equals("bureau.reviews.enrolment.created.v1")).count());
        Feeds.awaitHandled(BUDGET_TOPIC, UUID.fromString(enrolment));
        // Placed (version 1), approved once (2): the redelivered decision changed nothing.
        as(office.clerkToken()).get("/api/v1/enrolments/" + enrolment).then().body("version", equalTo(2));
        assertEquals(List.of(), KafkaEvents.matching(e -> enrolment.equals(e.key()), Feeds.DLQ));

        as(office.managerToken()).post("/api/v1/enrolments/" + enrolment + "/cancel").then().statusCode(200);
        JsonNode withdrawn = JSON.readTree(eventsOf(enrolment, "bureau.reviews.training.cost-withdrawn.v1", TRAINING_TOPIC)
                .stream().filter(e -> e.type().endsWith("cost-withdrawn.v1")).findFirst().orElseThrow().value());
        assertEquals(office.department().toString(), withdrawn.get("departmentId").asText());
    }

    @Test
    void aRefusedBudgetRefusesTheEnrolmentWithTheReasonAndFreesTheSeat() throws Exception {
        Office office = Office.create();
        UUID session = session(course("OUTSIDE", "1200.50", UUID.randomUUID()), 1);
        String enrolment = enrol(office.managerToken(), session, office.clerk(), "PENDING_BUDGET");
        String waiting = enrol(office.managerToken(), session, office.peer(), "WAITLISTED");
        String reason = "no TRAINING budget line for department " + office.department() + " in period 2026";
        KafkaEvents.deliver(BUDGET_TOPIC, UUID.randomUUID().toString(), "bureau.procurement.budget.decision.v1", enrolment,
                JSON.writeValueAsString(Map.of("requestId", enrolment, "source", "reviews.training", "outcome", "REFUSED",
                        "amount", Map.of("amount", "1200.50", "currency", "EUR"), "reason", reason,
                        "decidedAt", Feeds.now().toString())));
        await().atMost(Duration.ofSeconds(60)).until(() -> "REFUSED".equals(as(office.clerkToken())
                .get("/api/v1/enrolments/" + enrolment).then().extract().path("status")));
        as(office.clerkToken()).get("/api/v1/enrolments/" + enrolment).then().body("refusalReason", equalTo(reason));
        as(office.peerToken()).get("/api/v1/enrolments/" + waiting).then().body("status", equalTo("PENDING_BUDGET"));
        asAdmin().get("/api/v1/training-sessions/" + session).then().body("seatsTaken", equalTo(1));
        assertTrue(KafkaEvents.matching(e -> enrolment.equals(e.key()), ENROLMENT_TOPIC).isEmpty(),
                "a refused enrolment never announced a seat");
        assertEquals(1, KafkaEvents.matching(e -> waiting.equals(e.key())
                && e.type().equals("bureau.reviews.training.cost-requested.v1"), TRAINING_TOPIC).size());
        assertEquals(List.of(), KafkaEvents.matching(e -> enrolment.equals(e.key()), Feeds.DLQ));
    }

    @Test
    void aCourseNeedsMoneyAsDecimalStringAndAUniqueTitle() {
        Map<String, Object> body = Map.of("title", "Unique " + UUID.randomUUID(), "kind", "OUTSIDE", "provider", "Acme",
                "durationHours", 7, "cost", Map.of("amount", "12.345", "currency", "EUR"));
        asAdmin().body(body).post("/api/v1/training-courses").then().statusCode(400);
        Map<String, Object> good = new java.util.HashMap<>(body);
        good.put("cost", Map.of("amount", "12.50", "currency", "EUR"));
        asAdmin().body(good).post("/api/v1/training-courses").then().statusCode(201);
        asAdmin().body(good).post("/api/v1/training-courses").then().statusCode(409).body("errors[0].field", equalTo("title"));
        as(Tokens.employee(UUID.randomUUID())).body(good).post("/api/v1/training-courses").then().statusCode(403);
    }

    @Test
    void sessionsAndEnrolmentsRefuseBadInputNamingTheFieldAndMovesOutOfTurn() {
        Office office = Office.create();
        UUID course = course("INTERNAL", "0.00", UUID.randomUUID());
        Map<String, Object> badDates = Map.of("courseId", course, "startDate", LocalDate.now().plusDays(5).toString(),
                "endDate", LocalDate.now().plusDays(4).toString(), "place", "Room 1", "trainer", "T", "capacity", 3);
        asAdmin().body(badDates).post("/api/v1/training-sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        Map<String, Object> noCourse = new java.util.HashMap<>(badDates);
        noCourse.put("courseId", UUID.randomUUID());
        noCourse.put("endDate", LocalDate.now().plusDays(6).toString());
        asAdmin().body(noCourse).post("/api/v1/training-sessions").then().statusCode(400).body("errors[0].field", equalTo("courseId"));
        Map<String, Object> noSeats = new java.util.HashMap<>(noCourse);
        noSeats.put("courseId", course);
        noSeats.put("capacity", 0);
        asAdmin().body(noSeats).post("/api/v1/training-sessions").then().statusCode(400).body("errors[0].field", equalTo("capacity"));

        as(office.managerToken()).body(Map.of("employeeId", office.clerk())).post("/api/v1/enrolments").then().statusCode(400)
                .body("errors[0].field", equalTo("sessionId"));
        as(office.managerToken()).body(Map.of("sessionId", UUID.randomUUID(), "employeeId", office.clerk()))
                .post("/api/v1/enrolments").then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
        UUID session = session(course, 2);
        as(office.managerToken()).body(Map.of("sessionId", session, "employeeId", UUID.randomUUID()))
                .post("/api/v1/enrolments").then().statusCode(400).body("errors[0].field", equalTo("employeeId"));

        String asked = enrol(office.clerkToken(), session, office.clerk(), "PENDING_APPROVAL");
        String path = "/api/v1/enrolments/" + asked;
        as(office.managerToken()).body(Map.of("attended", true)).post(path + "/attendance").then().statusCode(409)
                .body("currentState", equalTo("PENDING_APPROVAL"));
        as(office.managerToken()).body(Map.of("result", "PASSED")).post(path + "/complete").then().statusCode(409)
                .body("currentState", equalTo("PENDING_APPROVAL"))
                .body("allowedTransitions", contains("WAITLISTED", "PENDING_BUDGET", "CONFIRMED", "REFUSED", "CANCELLED"));
        as(office.managerToken()).post(path + "/approve").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as(office.managerToken()).body(Map.of("attended", "perhaps")).post(path + "/attendance").then().statusCode(400);
        as(office.managerToken()).body(Map.of()).post(path + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("attended"));
        as(office.managerToken()).body(Map.of("attended", false)).post(path + "/attendance").then().statusCode(200);
        as(office.managerToken()).body(Map.of("result", "PASSED", "score", 101)).post(path + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("score"));
        as(office.managerToken()).body(Map.of("result", "PASSED", "score", 90)).post(path + "/complete").then().statusCode(409)
                .body("errors[0].field", equalTo("result"));
        as(office.managerToken()).header("If-Match", "\"0\"").body(Map.of("result", "FAILED")).post(path + "/complete").then()
                .statusCode(412);
        as(office.managerToken()).body(Map.of("result", "FAILED")).post(path + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("result", equalTo("FAILED"));
        as(office.clerkToken()).header("If-Match", "\"1\"").post(path + "/cancel").then().statusCode(412);
        as(office.clerkToken()).post(path + "/cancel").then().statusCode(409).body("currentState", equalTo("COMPLETED"))
                .body("allowedTransitions", org.hamcrest.Matchers.empty());
    }
}
