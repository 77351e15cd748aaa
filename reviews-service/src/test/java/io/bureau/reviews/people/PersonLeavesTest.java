package io.bureau.reviews.people;

import static io.bureau.reviews.Tokens.as;
import static io.bureau.reviews.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Staff's termination ends what is open for the person: reviews under way are cancelled (never
 * finalised), an open improvement plan ends (its closed event says EMPLOYMENT_ENDED), requests and
 * waitlist places are dropped, seats on sessions after the last working day are cancelled with their
 * events (the approved cost withdrawn), and campaigns stop counting them. Delivered twice, or before
 * the hiring, it does nothing more.
 */
@QuarkusTest
class PersonLeavesTest {

    private static final String TERMINATED = "bureau.staff.employee.terminated.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLeaversOpenRecordsEndOnceAndOnlyLaterSeatsAreGivenUp() throws Exception {
        Office office = Office.create();
        UUID clerk = office.clerk();
        LocalDate lastDay = LocalDate.now().plusDays(10);
        UUID cycle = openCycle(office);
        String review = reviewOf(office, cycle, clerk);
        String peerReview = reviewOf(office, cycle, office.peer());
        as(office.clerkToken()).body(Map.of("text", "A good half year")).put("/api/v1/reviews/" + review + "/self-assessment")
                .then().statusCode(200);
        String plan = as(office.managerToken()).body(plan(clerk)).post("/api/v1/improvement-plans").then().statusCode(201)
                .extract().path("id");

        UUID later = session(course("INTERNAL", "0.00"), 20, 1);
        String laterSeat = enrol(office.managerToken(), later, clerk, "CONFIRMED");
        String peerWaiting = enrol(office.managerToken(), later, office.peer(), "WAITLISTED");
        String paidSeat = enrol(office.managerToken(), session(course("OUTSIDE", "300.00"), 20, 5), clerk, "PENDING_BUDGET");
        KafkaEvents.deliver("bureau.procurement.budget", UUID.randomUUID().toString(), "bureau.procurement.budget.decision.v1",
                paidSeat, JSON.writeValueAsString(Map.of("requestId", paidSeat, "source", "reviews.training", "outcome", "APPROVED",
                        "commitmentId", UUID.randomUUID(), "amount", Map.of("amount", "300.00", "currency", "EUR"),
                        "decidedAt", Feeds.now().toString())));
        await().atMost(Duration.ofSeconds(60)).until(() -> "CONFIRMED".equals(as(office.managerToken())
                .get("/api/v1/enrolments/" + paidSeat).then().extract().path("status")));
        String soonSeat = enrol(office.managerToken(), session(course("INTERNAL", "0.00"), 3, 5), clerk, "CONFIRMED");
        String asked = enrol(office.clerkToken(), session(course("INTERNAL", "0.00"), 30, 5), clerk, "PENDING_APPROVAL");
        String campaign = asAdmin().body(Map.of("name", "Leavers " + UUID.randomUUID(), "sessionId",
                session(course("INTERNAL", "0.00"), 25, 10), "departmentIds", List.of(office.department()),
                "dueOn", LocalDate.now().plusDays(40).toString())).post("/api/v1/training-campaigns").then().statusCode(201)
                .extract().path("id");
        String progress = "/api/v1/training-campaigns/" + campaign + "/progress";
        asAdmin().get(progress).then().body("[0].targeted", equalTo(3));

        // Staff terminates the clerk; the event is redelivered, and re-published under a new id.
        String eventId = UUID.randomUUID().toString();
        OffsetDateTime at = Feeds.now();
        Map<String, Object> terminated = Map.of("employeeId", clerk, "lastWorkingDay", lastDay.toString(), "reason", "RESIGNED");
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, eventId, TERMINATED, clerk, at, terminated);
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, eventId, TERMINATED, clerk, at, terminated);
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, UUID.randomUUID().toString(), TERMINATED, clerk, at, terminated);
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, clerk);

        as(office.managerToken()).get("/api/v1/reviews/" + review).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("allowedTransitions.size()", equalTo(0));
        as(office.managerToken()).get("/api/v1/reviews/" + peerReview).then().body("status", equalTo("DRAFT"));
        as(office.managerToken()).get("/api/v1/improvement-plans/" + plan).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("outcome", nullValue()).body("closedOn", equalTo(lastDay.toString()));
        as(office.managerToken()).get("/api/v1/enrolments/" + laterSeat).then().body("status", equalTo("CANCELLED"));
        as(office.managerToken()).get("/api/v1/enrolments/" + peerWaiting).then().body("status", equalTo("CONFIRMED"));
        as(office.managerToken()).get("/api/v1/enrolments/" + paidSeat).then().body("status", equalTo("CANCELLED"));
        as(office.managerToken()).get("/api/v1/enrolments/" + soonSeat).then().body("status", equalTo("CONFIRMED"));
        as(office.managerToken()).get("/api/v1/enrolments/" + asked).then().body("status", equalTo("CANCELLED"));
        asAdmin().get(progress).then().body("[0].targeted", equalTo(2)).body("[0].inProgress", equalTo(2));

        assertEquals(List.of("bureau.reviews.enrolment.created.v1", "bureau.reviews.enrolment.cancelled.v1"),
                typesUntil(laterSeat, "bureau.reviews.enrolment.cancelled.v1", "bureau.reviews.enrolment"));
        assertEquals(List.of("bureau.reviews.enrolment.created.v1", "bureau.reviews.enrolment.cancelled.v1"),
                typesUntil(paidSeat, "bureau.reviews.enrolment.cancelled.v1", "bureau.reviews.enrolment"));
        assertEquals(List.of("bureau.reviews.training.cost-requested.v1", "bureau.reviews.training.cost-withdrawn.v1"),
                typesUntil(paidSeat, "bureau.reviews.training.cost-withdrawn.v1", "bureau.reviews.training"));
        // Sent after everything above: once it is on the topic, nothing more came for the leaver's records.
        String marker = enrol(office.managerToken(), session(course("INTERNAL", "0.00"), 20, 5), office.peer(), "CONFIRMED");
        typesUntil(marker, "bureau.reviews.enrolment.created.v1", "bureau.reviews.enrolment");
        assertEquals(List.of("bureau.reviews.enrolment.created.v1", "bureau.reviews.enrolment.cancelled.v1"),
                typesOf(laterSeat, "bureau.reviews.enrolment"));
        assertEquals(List.of(), typesOf(asked, "bureau.reviews.enrolment"));
        assertEquals(List.of("bureau.reviews.enrolment.created.v1"), typesOf(soonSeat, "bureau.reviews.enrolment"));
        assertEquals(List.of("bureau.reviews.improvement-plan.opened.v1", "bureau.reviews.improvement-plan.closed.v1"),
                typesUntil(plan, "bureau.reviews.improvement-plan.closed.v1", "bureau.reviews.improvement-plan"));
        String closed = KafkaEvents.matching(e -> plan.equals(e.key())
                && "bureau.reviews.improvement-plan.closed.v1".equals(e.type()), "bureau.reviews.improvement-plan").get(0).value();
        assertTrue(closed.replace(" ", "").contains("\"outcome\":\"EMPLOYMENT_ENDED\""), closed);
        assertEquals(List.of(), typesOf(review, "bureau.reviews.review"));
        assertEquals(List.of(), Feeds.deadLettersAbout(clerk));
    }

    @Test
    void aTerminationArrivingBeforeTheHiringLeavesNoReviewNorEnrolmentBehind() {
        Office office = Office.create();
        UUID cycle = openCycle(office);
        String campaign = as(office.managerToken()).body(Map.of("name", "Early " + UUID.randomUUID(), "sessionId",
                session(course("INTERNAL", "0.00"), 25, 10), "departmentIds", List.of(office.department()),
                "dueOn", LocalDate.now().plusDays(40).toString())).post("/api/v1/training-campaigns").then().statusCode(201)
                .extract().path("id");
        UUID leaver = UUID.randomUUID();
        OffsetDateTime hiredAt = Feeds.now();
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, UUID.randomUUID().toString(), TERMINATED, leaver, hiredAt.plusSeconds(30),
                Map.of("employeeId", leaver, "lastWorkingDay", LocalDate.now().toString()));
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, UUID.randomUUID().toString(), "bureau.staff.employee.hired.v1", leaver, hiredAt,
                Feeds.profile(leaver, office.department(), office.lineManager()));
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, leaver);

        Person held = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(leaver));
        assertEquals(office.department(), held.departmentId);
        assertEquals(Person.TERMINATED, held.status);
        as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", leaver).get("/api/v1/reviews").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(office.managerToken()).queryParam("cycle", cycle).get("/api/v1/reviews").then().body("totalItems", equalTo(3));
        as(office.managerToken()).queryParam("employee", leaver).get("/api/v1/enrolments").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(office.managerToken()).get("/api/v1/training-campaigns/" + campaign + "/progress").then()
                .body("[0].targeted", equalTo(3));
        assertEquals(List.of(), Feeds.deadLettersAbout(leaver));
    }

    private static List<String> typesUntil(String key, String type, String topic) {
        return KafkaEvents.allUntil(e -> key.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(60), topic).stream()
                .filter(e -> key.equals(e.key())).map(KafkaEvents.Event::type).toList();
    }

    private static List<String> typesOf(String key, String topic) {
        return KafkaEvents.matching(e -> key.equals(e.key()), topic).stream().map(KafkaEvents.Event::type).toList();
    }

    static UUID openCycle(Office office) {
        Map<String, Object> body = Map.of("name", "Leavers cycle " + UUID.randomUUID(), "periodStart", "2026-01-01",
                "periodEnd", "2026-06-30", "dueOn", "2026-07-31", "departmentIds", List.of(office.department()),
                "criteria", List.of(Map.of("name", "Quality", "weight", 100)));
        UUID cycle = UUID.fromString(as(office.managerToken()).body(body).post("/api/v1/review-cycles").then().statusCode(201)
                .extract().path("id"));
        as(office.managerToken()).post("/api/v1/review-cycles/" + cycle + "/open").then().statusCode(200);
        return cycle;
    }

    private static String reviewOf(Office office, UUID cycle, UUID employee) {
        return as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", employee).get("/api/v1/reviews")
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
    }

    private static Map<String, Object> plan(UUID employee) {
        return Map.of("employeeId", employee, "reason", "Missed deadlines", "dueOn", LocalDate.now().plusMonths(3).toString(),
                "goals", List.of(Map.of("description", "Close files on time", "measure", "9 in 10 within 5 days",
                        "dueOn", LocalDate.now().plusMonths(2).toString())));
    }

    private static UUID course(String kind, String amount) {
        return UUID.fromString(asAdmin().body(Map.of("title", "Course " + UUID.randomUUID(), "kind", kind, "provider", "Acme",
                "durationHours", 7, "cost", Map.of("amount", amount, "currency", "EUR"), "skillsGranted", List.of()))
                .post("/api/v1/training-courses").then().statusCode(201).extract().path("id"));
    }

    private static UUID session(UUID course, int inDays, int capacity) {
        return UUID.fromString(asAdmin().body(Map.of("courseId", course, "startDate", LocalDate.now().plusDays(inDays).toString(),
                "endDate", LocalDate.now().plusDays(inDays + 1).toString(), "place", "Room 2", "trainer", "K. Lee",
                "capacity", capacity)).post("/api/v1/training-sessions").then().statusCode(201).extract().path("id"));
    }

    private static String enrol(String token, UUID session, UUID employee, String expected) {
        return as(token).body(Map.of("sessionId", session, "employeeId", employee)).post("/api/v1/enrolments").then()
                .statusCode(201).body("status", equalTo(expected)).extract().path("id");
    }

    @Test
    void someoneMovedIntoADepartmentGetsItsOpenCyclesReviewAndItsCampaignsSeatButAnOlderMoveChangesNothing() {
        Office office = Office.create();
        UUID cycle = openCycle(office);
        String campaign = as(office.managerToken()).body(Map.of("name", "Movers " + UUID.randomUUID(), "sessionId",
                session(course("INTERNAL", "0.00"), 25, 10), "departmentIds", List.of(office.department()),
                "dueOn", LocalDate.now().plusDays(40).toString())).post("/api/v1/training-campaigns").then().statusCode(201)
                .extract().path("id");
        UUID mover = Feeds.hire(office.otherDepartment(), office.otherManager());
        Feeds.employeeEvent("updated", mover, Feeds.now().plusSeconds(20), Feeds.profile(mover, office.department(),
                office.lineManager()));
        // Older than the move: must not take the mover back, nor enrol anyone twice.
        Feeds.employeeEvent("updated", mover, Feeds.now().plusSeconds(10), Feeds.profile(mover, office.otherDepartment(),
                office.otherManager()));
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, mover);

        as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", mover).get("/api/v1/reviews").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].departmentId", equalTo(office.department().toString()));
        as(office.managerToken()).queryParam("employee", mover).get("/api/v1/enrolments").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("CONFIRMED"));
        as(office.managerToken()).get("/api/v1/training-campaigns/" + campaign + "/progress").then()
                .body("[0].targeted", equalTo(4));
        Person held = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(mover));
        assertEquals(office.department(), held.departmentId);
        assertEquals(List.of(), Feeds.deadLettersAbout(mover));
    }

    @Test
    void aReviewIsListedToTheManagersOfThePersonsDepartmentNowNotOfTheOneItWasOpenedIn() {
        Office office = Office.create();
        UUID mover = Feeds.hire(office.department(), office.lineManager());
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, mover);
        Map<String, Object> body = Map.of("name", "Both departments " + UUID.randomUUID(), "periodStart", "2026-01-01",
                "periodEnd", "2026-06-30", "dueOn", "2026-07-31",
                "departmentIds", List.of(office.department(), office.otherDepartment()),
                "criteria", List.of(Map.of("name", "Quality", "weight", 100)));
        UUID cycle = UUID.fromString(asAdmin().body(body).post("/api/v1/review-cycles").then().statusCode(201).extract().path("id"));
        asAdmin().post("/api/v1/review-cycles/" + cycle + "/open").then().statusCode(200);
        as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", mover).get("/api/v1/reviews").then()
                .statusCode(200).body("totalItems", equalTo(1));

        Feeds.employeeEvent("updated", mover, Feeds.now().plusSeconds(5), Feeds.profile(mover, office.otherDepartment(),
                office.otherManager()));
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, mover);

        // The department they left no longer lists their review; the new one does.
        as(office.managerToken()).queryParam("cycle", cycle).queryParam("employee", mover).get("/api/v1/reviews").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(office.otherManagerToken()).queryParam("cycle", cycle).queryParam("employee", mover).get("/api/v1/reviews").then()
                .statusCode(200).body("totalItems", equalTo(1));
    }
}
