package io.bureau.procurement.provisioning;

import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One provisioning request per employment: a rehire after leaving provisions again, a duplicate hire
 * (redelivered, or republished after the person left) does not, and a hire that arrives after a newer
 * termination provisions nothing. Leaving cancels what is still OPEN.
 */
@QuarkusTest
class RehireTest {

    static final String HIRED = "bureau.staff.employee.hired.v1";
    static final String TERMINATED = "bureau.staff.employee.terminated.v1";

    record Setup(UUID manager, UUID department, String position) {
    }

    /** A department and a kit of one item nobody has in stock, so a request stays OPEN. */
    static Setup setup() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        String position = "Courier " + UUID.randomUUID();
        asAdmin().body(Map.of("name", "Kit " + position, "position", position,
                "lines", List.of(Map.of("itemId", StaffEventsTest.item("Bike"), "quantity", 1)))).post("/api/v1/standard-kits").then()
                .statusCode(201);
        return new Setup(manager, department, position);
    }

    static void hire(Setup s, UUID person, LocalDate hireDate, OffsetDateTime at) {
        Map<String, Object> profile = Org.profile(person, s.department(), s.manager(), s.position());
        profile.put("hireDate", hireDate);
        Org.deliverAt(Org.EMPLOYEE_TOPIC, HIRED, person, at, profile);
    }

    static void leave(UUID person, LocalDate lastWorkingDay, OffsetDateTime at) {
        Org.deliverAt(Org.EMPLOYEE_TOPIC, TERMINATED, person, at, Map.of("employeeId", person, "lastWorkingDay", lastWorkingDay));
    }

    static int requests(UUID person) {
        return asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then().statusCode(200).extract()
                .<Integer>path("totalItems");
    }

    static int checklists(UUID person) {
        return asAdmin().queryParam("employee", person).get("/api/v1/return-checklists").then().statusCode(200).extract()
                .<Integer>path("totalItems");
    }

    static void awaitAudit(UUID person, String action) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> asAdmin()
                .get("/api/v1/audit-trail/person/" + person).then().extract().<List<String>>path("items.action").contains(action));
    }

    @Test
    void aRehireAfterLeavingProvisionsAgainAndItsDuplicatesDoNot() {
        Setup s = setup();
        UUID person = UUID.randomUUID();
        OffsetDateTime t = Org.now().minusHours(1);
        LocalDate firstHire = LocalDate.of(2024, 3, 1);
        LocalDate rehire = LocalDate.of(2026, 6, 1);

        hire(s, person, firstHire, t);
        Org.awaitProvisioning(person);
        leave(person, LocalDate.of(2025, 1, 31), t.plusMinutes(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> checklists(person) == 1);
        // Leaving cancels the kit that was still OPEN.
        asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then()
                .body("items[0].status", equalTo("CANCELLED")).body("items[0].hireDate", equalTo(firstHire.toString()));

        // The first hire republished after the person left is a duplicate, not a rehire.
        hire(s, person, firstHire, t.plusMinutes(2));
        hire(s, person, rehire, t.plusMinutes(3));
        await().atMost(Duration.ofSeconds(60)).until(() -> requests(person) == 2);
        hire(s, person, rehire, t.plusMinutes(4));       // the rehire published again
        hire(s, person, rehire.plusDays(1), t.plusMinutes(4).plusSeconds(30)); // its date corrected while employed
        hire(s, person, firstHire, t.plusMinutes(5));    // and the first hire once more
        leave(person, LocalDate.of(2026, 9, 30), t.plusMinutes(6));
        await().atMost(Duration.ofSeconds(60)).until(() -> checklists(person) == 2);
        leave(person, LocalDate.of(2026, 9, 30), t.plusMinutes(7)); // a duplicate leaving
        // A marker: the next event of the same person (same partition) handled means the ones before were too.
        hire(s, person, LocalDate.of(2027, 1, 4), t.plusMinutes(8));
        await().atMost(Duration.ofSeconds(60)).until(() -> requests(person) == 3);

        asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then()
                .body("items.hireDate", contains(firstHire.toString(), rehire.toString(), "2027-01-04"))
                .body("items.status", contains("CANCELLED", "CANCELLED", "OPEN"));
        asAdmin().queryParam("employee", person).get("/api/v1/return-checklists").then()
                .body("items.lastWorkingDay", contains("2025-01-31", "2026-09-30"));
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }

    @Test
    void aHireArrivingAfterANewerTerminationLeavesNoProvisioningRequest() {
        Setup s = setup();
        UUID person = UUID.randomUUID();
        OffsetDateTime hiredAt = Org.now().minusMinutes(10);
        leave(person, LocalDate.of(2026, 2, 27), hiredAt.plusMinutes(5));
        hire(s, person, LocalDate.of(2026, 1, 5), hiredAt);
        awaitAudit(person, "provisioning.skipped");
        assertEquals(0, requests(person));
        asAdmin().queryParam("employee", person).get("/api/v1/return-checklists").then().body("totalItems", equalTo(1))
                .body("items[0].items", equalTo(List.of()));
        // The same termination again changes nothing; a real rehire, published later, provisions.
        leave(person, LocalDate.of(2026, 2, 27), hiredAt.plusMinutes(6));
        hire(s, person, LocalDate.of(2026, 8, 3), hiredAt.plusMinutes(7));
        Org.awaitProvisioning(person);
        assertEquals(1, checklists(person));
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }

    @Test
    void aTerminationOlderThanALaterRehireIsIgnored() {
        Setup s = setup();
        UUID person = UUID.randomUUID();
        OffsetDateTime t = Org.now().minusMinutes(10);
        hire(s, person, LocalDate.of(2026, 8, 3), t.plusMinutes(5));
        Org.awaitProvisioning(person);
        leave(person, LocalDate.of(2026, 2, 27), t);   // of an earlier employment, delivered late
        awaitAudit(person, "return-checklist.skipped");
        assertEquals(0, checklists(person));
        asAdmin().queryParam("employee", person).get("/api/v1/provisioning-requests").then().body("items[0].status", equalTo("OPEN"));
        asAdmin().get("/api/v1/audit-trail/person/" + person).then().body("items.action", hasItem("return-checklist.skipped"));
        assertEquals(List.of(), Org.deadLettersAbout(person));
    }
}
