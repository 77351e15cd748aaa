package io.bureau.reviews.counseling;

import static io.bureau.reviews.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** A counseling referral is seen by the employee, the referring manager's chain and admins, and its event says only that it exists. */
@QuarkusTest
class CounselingReferralApiTest {

    private static String refer(String token, UUID employee) {
        return as(token).body(Map.of("employeeId", employee, "category", "WORK_STRESS", "provider", "CareLine",
                "followUpOn", LocalDate.now().plusDays(14).toString())).post("/api/v1/counseling-referrals").then()
                .statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
    }

    @Test
    void theReferringManagersChainSeesItTheDepartmentsOtherManagersDoNot() {
        Office office = Office.create();
        // The department manager refers the clerk: the clerk's line manager is not in the referrer's chain.
        String referral = refer(office.managerToken(), office.clerk());
        String path = "/api/v1/counseling-referrals/" + referral;
        as(office.clerkToken()).get(path).then().statusCode(200).body("provider", equalTo("CareLine"));
        as(office.managerToken()).get(path).then().statusCode(200);
        as(io.bureau.testing.TestTokens.admin()).get(path).then().statusCode(200);
        as(office.lineManagerToken()).get(path).then().statusCode(403);
        as(office.peerToken()).get(path).then().statusCode(403);
        as(office.otherManagerToken()).get(path).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get(path).then().statusCode(403);
        as(office.lineManagerToken()).queryParam("employee", office.clerk()).get("/api/v1/counseling-referrals").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(office.peerToken()).queryParam("employee", office.clerk()).get("/api/v1/counseling-referrals").then().statusCode(403);
        as(office.clerkToken()).queryParam("employee", office.clerk()).get("/api/v1/counseling-referrals").then()
                .statusCode(200).body("items.id", contains(referral));
    }

    @Test
    void aLineManagersReferralIsSeenUpTheirLineAndMovesOnlyForward() {
        Office office = Office.create();
        String referral = refer(office.lineManagerToken(), office.clerk());
        String path = "/api/v1/counseling-referrals/" + referral;
        as(office.managerToken()).get(path).then().statusCode(200);
        as(office.otherManagerToken()).body(Map.of("employeeId", office.clerk(), "category", "OTHER", "provider", "X"))
                .post("/api/v1/counseling-referrals").then().statusCode(403);
        as(office.clerkToken()).body(Map.of("status", "CLOSED")).post(path + "/status").then().statusCode(403);
        as(office.lineManagerToken()).header("If-Match", "\"3\"").body(Map.of("status", "IN_PROGRESS"))
                .post(path + "/status").then().statusCode(412);
        as(office.lineManagerToken()).body(Map.of("status", "IN_PROGRESS")).post(path + "/status").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as(office.lineManagerToken()).body(Map.of("status", "OPEN")).post(path + "/status").then().statusCode(409)
                .body("allowedTransitions", contains("CLOSED"));
    }

    @Test
    void theEventSaysOnlyThatAReferralExists() throws Exception {
        Office office = Office.create();
        String referral = refer(office.managerToken(), office.clerk());
        List<KafkaEvents.Event> events = KafkaEvents.allUntil(e -> referral.equals(e.key()), Duration.ofSeconds(60),
                "bureau.reviews.counseling").stream().filter(e -> referral.equals(e.key())).toList();
        assertEquals("bureau.reviews.counseling.referral-opened.v1", events.get(0).type());
        JsonNode payload = new ObjectMapper().readTree(events.get(0).value());
        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("employeeId", "openedOn", "referralId"), fields.stream().sorted().toList());
        assertEquals(office.clerk().toString(), payload.get("employeeId").asText());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Office office = Office.create();
        String referrals = "/api/v1/counseling-referrals";
        as(office.managerToken()).body(Map.of("employeeId", office.clerk(), "provider", "CareLine")).post(referrals).then()
                .statusCode(400).body("errors[0].field", equalTo("category"));
        as(office.managerToken()).body(Map.of("employeeId", office.clerk(), "category", "WORK_STRESS", "provider", " "))
                .post(referrals).then().statusCode(400).body("errors[0].field", equalTo("provider"));
        as(office.managerToken()).body(Map.of("employeeId", office.clerk(), "category", "GOSSIP", "provider", "CareLine"))
                .post(referrals).then().statusCode(400);
        String referral = refer(office.managerToken(), office.clerk());
        as(office.managerToken()).body(Map.of()).post(referrals + "/" + referral + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
