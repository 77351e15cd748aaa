package io.bureau.reviews.relations;

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

import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** A staff conflict goes from open to resolved with a union representative at the meeting; only the parties' managers see it. */
@QuarkusTest
class RelationsCaseApiTest {

    @Test
    void aConflictIsInvestigatedMetOnAndResolvedAndItsEventsNameNoOne() {
        Office office = Office.create();
        Map<String, Object> body = Map.of("kind", "STAFF_CONFLICT", "severity", "MEDIUM",
                "description", "Dispute over the rota between the two clerks", "employeeIds", List.of(office.clerk(), office.peer()));
        as(office.otherManagerToken()).body(body).post("/api/v1/relations-cases").then().statusCode(403);
        as(office.clerkToken()).body(body).post("/api/v1/relations-cases").then().statusCode(403);
        String id = as(office.lineManagerToken()).body(body).post("/api/v1/relations-cases").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        String path = "/api/v1/relations-cases/" + id;
        as(office.managerToken()).get(path).then().statusCode(200);
        as(office.clerkToken()).get(path).then().statusCode(403);
        as(Tokens.officeManager(office.peer())).get(path).then().statusCode(403);
        as(office.otherManagerToken()).get(path).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get(path).then().statusCode(403);

        as(office.managerToken()).body(Map.of("resolution", "x")).post(path + "/resolve").then().statusCode(409)
                .body("currentState", equalTo("OPEN"));
        as(office.managerToken()).post(path + "/investigate").then().statusCode(200);
        as(office.managerToken()).body(Map.of("heldOn", LocalDate.now().toString(), "minutes", "Agreed a rota swap",
                "attendees", List.of(Map.of("name", "Pat Union", "organisation", "Clerical Workers' Union",
                        "role", "UNION_REPRESENTATIVE"), Map.of("name", "The clerk", "role", "PARTY", "employeeId", office.clerk()))))
                .post(path + "/meetings").then().statusCode(200).body("status", equalTo("MEETING"))
                .body("meetings[0].attendees[0].organisation", equalTo("Clerical Workers' Union"));
        as(office.managerToken()).header("If-Match", "\"0\"").body(Map.of("resolution", "Rota swapped"))
                .post(path + "/resolve").then().statusCode(412);
        as(office.managerToken()).body(Map.of("resolution", "Rota swapped")).post(path + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution", equalTo("Rota swapped"));

        List<KafkaEvents.Event> events = KafkaEvents.allUntil(e -> id.equals(e.key())
                && "bureau.reviews.case.resolved.v1".equals(e.type()), Duration.ofSeconds(60), "bureau.reviews.case")
                .stream().filter(e -> id.equals(e.key())).toList();
        assertEquals(List.of("bureau.reviews.case.opened.v1", "bureau.reviews.case.resolved.v1"),
                events.stream().map(KafkaEvents.Event::type).toList());
        for (KafkaEvents.Event event : events) {
            assertFalse(event.value().contains("rota") || event.value().contains("Rota") || event.value().contains("Pat"),
                    event.value());
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndEveryIllegalMoveListsTheAllowedOnes() {
        Office office = Office.create();
        String cases = "/api/v1/relations-cases";
        as(office.managerToken()).body(Map.of("severity", "LOW", "description", "x", "employeeIds", List.of(office.clerk())))
                .post(cases).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(office.managerToken()).body(Map.of("kind", "GRIEVANCE", "severity", "LOW", "description", " ", "employeeIds",
                List.of(office.clerk()))).post(cases).then().statusCode(400).body("errors[0].field", equalTo("description"));
        as(office.managerToken()).body(Map.of("kind", "GRIEVANCE", "severity", "LOW", "description", "x", "employeeIds", List.of()))
                .post(cases).then().statusCode(400).body("errors[0].field", equalTo("employeeIds"));
        as(office.managerToken()).body(Map.of("kind", "GRIEVANCE", "severity", "LOW", "description", "x", "employeeIds",
                List.of(UUID.randomUUID()))).post(cases).then().statusCode(400).body("errors[0].field", equalTo("employeeIds"));
        as(office.managerToken()).body(Map.of("kind", "GRIEVANCE", "severity", "SEVERE", "description", "x", "employeeIds",
                List.of(office.clerk()))).post(cases).then().statusCode(400);

        String id = RelationsCaseListTest.open(office.managerToken(), "GRIEVANCE", List.of(office.clerk()));
        String path = cases + "/" + id;
        as(office.managerToken()).body(Map.of("heldOn", LocalDate.now().toString(), "minutes", "m",
                "attendees", List.of(Map.of("name", "Pat")))).post(path + "/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[0].role"));
        as(office.managerToken()).body(Map.of("heldOn", LocalDate.now().toString(), "minutes", "m",
                "attendees", List.of(Map.of("name", "Pat", "role", "PARTY")))).post(path + "/meetings").then().statusCode(409)
                .body("currentState", equalTo("OPEN")).body("allowedTransitions", contains("INVESTIGATING", "CLOSED"));
        as(office.managerToken()).body(Map.of("resolution", "")).post(path + "/close").then().statusCode(400)
                .body("errors[0].field", equalTo("resolution"));
        as(office.managerToken()).header("If-Match", "\"7\"").post(path + "/investigate").then().statusCode(412);
        as(office.managerToken()).header("If-Match", "\"0\"").post(path + "/investigate").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("allowedTransitions", contains("MEETING", "RESOLVED", "CLOSED"));
        as(office.managerToken()).post(path + "/investigate").then().statusCode(409)
                .body("allowedTransitions", contains("MEETING", "RESOLVED", "CLOSED"));
        as(office.managerToken()).body(Map.of("resolution", "Withdrawn by the employee")).post(path + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("allowedTransitions", empty());
        as(office.managerToken()).body(Map.of("resolution", "x")).post(path + "/resolve").then().statusCode(409)
                .body("currentState", equalTo("CLOSED")).body("allowedTransitions", empty());
        as(office.managerToken()).get(cases + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
