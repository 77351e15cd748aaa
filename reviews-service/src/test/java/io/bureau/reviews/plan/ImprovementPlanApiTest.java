package io.bureau.reviews.plan;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** An improvement plan opens, gets support and check-ins, closes with its outcome, and says nothing private in its events. */
@QuarkusTest
class ImprovementPlanApiTest {

    static final String TOPIC = "bureau.reviews.improvement-plan";

    private static Map<String, Object> plan(UUID employee) {
        return Map.of("employeeId", employee, "reason", "Missed deadlines since the spring reorganisation",
                "dueOn", LocalDate.now().plusMonths(3).toString(),
                "goals", List.of(Map.of("description", "Close files on time", "measure", "9 in 10 within 5 days",
                        "dueOn", LocalDate.now().plusMonths(2).toString())),
                "supportActions", List.of(Map.of("kind", "MEETING", "description", "Weekly one-to-one",
                        "scheduledOn", LocalDate.now().plusDays(7).toString())));
    }

    @Test
    void aPlanOpensIsCheckedOnAndClosesWithItsOutcomeAndItsEventsCarryNoReasonOrGoals() throws Exception {
        Office office = Office.create();
        String id = as(office.lineManagerToken()).body(plan(office.clerk())).post("/api/v1/improvement-plans").then()
                .statusCode(201).body("status", equalTo("OPEN")).body("departmentId", equalTo(office.department().toString()))
                .extract().path("id");
        String path = "/api/v1/improvement-plans/" + id;
        as(office.managerToken()).body(Map.of("heldOn", LocalDate.now().toString(), "progress", "Two files late of twelve"))
                .post(path + "/check-ins").then().statusCode(200).body("checkIns[0].progress", equalTo("Two files late of twelve"));
        as(office.managerToken()).body(Map.of("kind", "TRAINING_ENROLMENT", "description", "Time management",
                "referenceId", UUID.randomUUID())).post(path + "/support-actions").then().statusCode(200)
                .body("supportActions.kind", contains("MEETING", "TRAINING_ENROLMENT"));
        as(office.managerToken()).header("If-Match", "\"0\"").body(Map.of("outcome", "SUCCEEDED")).post(path + "/close").then()
                .statusCode(412);
        as(office.managerToken()).body(Map.of("outcome", "SUCCEEDED")).post(path + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("SUCCEEDED"));
        as(office.managerToken()).body(Map.of("outcome", "NOT_SUCCEEDED")).post(path + "/close").then().statusCode(409)
                .body("allowedTransitions", empty());
        as(office.managerToken()).body(Map.of("heldOn", LocalDate.now().toString(), "progress", "late"))
                .post(path + "/check-ins").then().statusCode(409);

        List<KafkaEvents.Event> events = KafkaEvents.allUntil(e -> id.equals(e.key())
                && "bureau.reviews.improvement-plan.closed.v1".equals(e.type()), Duration.ofSeconds(60), TOPIC)
                .stream().filter(e -> id.equals(e.key())).toList();
        assertEquals(List.of("bureau.reviews.improvement-plan.opened.v1", "bureau.reviews.improvement-plan.closed.v1"),
                events.stream().map(KafkaEvents.Event::type).toList());
        JsonNode closed = new ObjectMapper().readTree(events.get(1).value());
        assertEquals("SUCCEEDED", closed.get("outcome").asText());
        assertEquals(office.clerk().toString(), closed.get("employeeId").asText());
        for (KafkaEvents.Event event : events) {
            assertFalse(event.value().contains("reorganisation") || event.value().contains("Close files"), event.value());
        }
    }

    @Test
    void onlyThePersonAndTheirManagersSeeAPlanAndOnlyManagersOpenOne() {
        Office office = Office.create();
        as(office.otherManagerToken()).body(plan(office.clerk())).post("/api/v1/improvement-plans").then().statusCode(403);
        as(Tokens.officeManager(office.peer())).body(plan(office.clerk())).post("/api/v1/improvement-plans").then().statusCode(403);
        as(office.clerkToken()).body(plan(office.clerk())).post("/api/v1/improvement-plans").then().statusCode(403);
        String id = as(office.managerToken()).body(plan(office.clerk())).post("/api/v1/improvement-plans").then()
                .statusCode(201).extract().path("id");
        as(office.clerkToken()).get("/api/v1/improvement-plans/" + id).then().statusCode(200);
        as(office.lineManagerToken()).get("/api/v1/improvement-plans/" + id).then().statusCode(200);
        as(office.peerToken()).get("/api/v1/improvement-plans/" + id).then().statusCode(403);
        as(office.otherManagerToken()).get("/api/v1/improvement-plans/" + id).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/improvement-plans/" + id).then().statusCode(403);
        as(office.peerToken()).queryParam("employee", office.clerk()).get("/api/v1/improvement-plans").then().statusCode(403);
        as(office.clerkToken()).queryParam("employee", office.clerk()).get("/api/v1/improvement-plans").then().statusCode(200)
                .body("totalItems", equalTo(1));
        Map<String, Object> past = new java.util.HashMap<>(plan(office.clerk()));
        past.put("dueOn", "2020-01-01");
        as(office.managerToken()).body(past).post("/api/v1/improvement-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
    }
}
