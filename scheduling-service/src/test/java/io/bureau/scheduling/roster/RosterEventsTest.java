package io.bureau.scheduling.roster;

import static io.bureau.scheduling.StaffFeed.employeeEvent;
import static io.bureau.scheduling.StaffFeed.now;
import static io.bureau.scheduling.StaffFeed.skill;
import static io.bureau.scheduling.Tokens.as;
import static io.bureau.scheduling.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Staff's events, published to the real broker as staff-service does, build the roster. */
@QuarkusTest
class RosterEventsTest {

    @Test
    void aHireBecomesARosterEntryWithItsHoursPerWorkingDaySkillsAndAbsences() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID bookkeeping = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        employeeEvent("hired", person, now(), StaffFeed.profile(person, department, manager, "Clerk", 30,
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), List.of(skill(bookkeeping, "Bookkeeping", 3))));
        UUID absence = UUID.randomUUID();
        LocalDate first = LocalDate.now().plusDays(10);
        employeeEvent("absence-recorded", person, now(), Map.of("employeeId", person, "absenceId", absence, "kind", "LEAVE",
                "firstDay", first, "lastDay", first.plusDays(2)));
        await().atMost(Duration.ofSeconds(60)).until(() -> asAdmin().get("/api/v1/roster/" + person).then().extract()
                .<List<String>>path("absences.id").contains(absence.toString()));

        as(Tokens.officeManager(manager)).queryParam("department", department).get("/api/v1/roster").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(person.toString()))
                .body("items[0].departmentId", equalTo(department.toString()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].weeklyHours", equalTo(30.0f))
                .body("items[0].workingDays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"))
                .body("items[0].hoursPerWorkingDay", equalTo(7.5f))
                .body("items[0].skills[0].name", equalTo("Bookkeeping"))
                .body("items[0].skills[0].level", equalTo(3))
                .body("items[0].absences[0].kind", equalTo("LEAVE"))
                .body("items[0].absences[0].firstDay", equalTo(first.toString()));
        assertEquals(List.of(), StaffFeed.deadLettersAbout(person));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID person = StaffFeed.hire(department, manager, List.of());
        String eventId = UUID.randomUUID().toString();
        OffsetDateTime at = now();
        StaffFeed.publish(StaffFeed.EMPLOYEE_TOPIC, eventId, "bureau.staff.employee.updated.v1", person, at,
                StaffFeed.profile(person, department, manager, "Senior clerk", 37.5, StaffFeed.WEEKDAYS, null));
        // The same event id again; were it applied a second time, its (altered) position would win the tie.
        StaffFeed.publish(StaffFeed.EMPLOYEE_TOPIC, eventId, "bureau.staff.employee.updated.v1", person, at,
                StaffFeed.profile(person, department, manager, "Applied twice", 37.5, StaffFeed.WEEKDAYS, null));
        StaffFeed.awaitAllHandled(person);

        asAdmin().get("/api/v1/roster/" + person).then().statusCode(200).body("position", equalTo("Senior clerk"));
        assertEquals(List.of(), StaffFeed.deadLettersAbout(person), "a good event, even redelivered, is never dead-lettered");
    }

    @Test
    void anOlderEventArrivingAfterANewerOneChangesNothing() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID person = StaffFeed.hire(department, manager, List.of());
        UUID filing = UUID.randomUUID();
        UUID typing = UUID.randomUUID();
        UUID absence = UUID.randomUUID();
        LocalDate day = LocalDate.now().plusDays(20);
        OffsetDateTime newer = now().plusSeconds(10);
        OffsetDateTime older = now().plusSeconds(5);

        employeeEvent("updated", person, newer, StaffFeed.profile(person, department, manager, "Newer", 37.5, StaffFeed.WEEKDAYS, null));
        employeeEvent("updated", person, older, StaffFeed.profile(person, department, manager, "Older", 20, StaffFeed.WEEKDAYS, null));
        employeeEvent("skills-changed", person, newer, Map.of("employeeId", person, "skills", List.of(skill(filing, "Filing", 4, null))));
        employeeEvent("skills-changed", person, older, Map.of("employeeId", person, "skills", List.of(skill(typing, "Typing", 1, null))));
        employeeEvent("status-changed", person, newer, Map.of("employeeId", person, "previousStatus", "ACTIVE",
                "status", "TERMINATED", "since", day));
        employeeEvent("status-changed", person, older, Map.of("employeeId", person, "previousStatus", "ACTIVE",
                "status", "ON_LEAVE", "since", day, "until", day.plusDays(5)));
        employeeEvent("absence-cancelled", person, newer, Map.of("employeeId", person, "absenceId", absence,
                "firstDay", day, "lastDay", day));
        employeeEvent("absence-recorded", person, older, Map.of("employeeId", person, "absenceId", absence, "kind", "LEAVE",
                "firstDay", day, "lastDay", day));
        StaffFeed.awaitAllHandled(person);

        asAdmin().get("/api/v1/roster/" + person).then().statusCode(200)
                .body("position", equalTo("Newer"))
                .body("weeklyHours", equalTo(37.5f))
                .body("skills.name", contains("Filing"))
                .body("status", equalTo("TERMINATED"))
                .body("absences.id", not(hasItem(absence.toString())));
        assertEquals(List.of(), StaffFeed.deadLettersAbout(person));
    }

    @Test
    void eventsAboutSomeoneWhoseHireHasNotArrivedAreKeptAndTheHireFillsTheEntryIn() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID person = UUID.randomUUID();
        UUID filing = UUID.randomUUID();
        OffsetDateTime hiredAt = now();
        employeeEvent("skills-changed", person, hiredAt.plusSeconds(1), Map.of("employeeId", person,
                "skills", List.of(skill(filing, "Filing", 2, null))));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        asAdmin().get("/api/v1/roster/" + person).then().statusCode(404);

        employeeEvent("hired", person, hiredAt, StaffFeed.profile(person, department, manager, "Clerk", 37.5, StaffFeed.WEEKDAYS,
                List.of(skill(UUID.randomUUID(), "Typing", 5))));
        StaffFeed.awaitRosterEntry(person);
        asAdmin().get("/api/v1/roster/" + person).then().body("skills.name", contains("Filing"));
    }

    @Test
    void anEventThatCannotBeReadGoesToTheDeadLetterTopic() {
        UUID person = UUID.randomUUID();
        employeeEvent("skills-changed", person, now(), Map.of("skills", List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> !StaffFeed.deadLettersAbout(person).isEmpty());
    }

    @Test
    void aProfileWithoutAPositionGoesToTheDeadLetterTopicAndListsNobody() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID person = UUID.randomUUID();
        Map<String, Object> profile = StaffFeed.profile(person, department, manager, "Clerk", 37.5, StaffFeed.WEEKDAYS, null);
        profile.remove("position");
        employeeEvent("hired", person, now(), profile);
        await().atMost(Duration.ofSeconds(60)).until(() -> !StaffFeed.deadLettersAbout(person).isEmpty());
        asAdmin().get("/api/v1/roster/" + person).then().statusCode(404);
    }

    @Test
    void aDepartmentMovedUnderAnotherIsManagedFromAbove() {
        UUID top = UUID.randomUUID();
        UUID upper = StaffFeed.department(null, top);
        UUID manager = UUID.randomUUID();
        UUID lower = StaffFeed.department(null, manager);
        UUID person = StaffFeed.hire(lower, manager, List.of());
        as(Tokens.officeManager(top)).queryParam("department", lower).get("/api/v1/roster").then().statusCode(403);

        StaffFeed.publish(StaffFeed.DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.updated.v1", lower,
                now(), Map.of("departmentId", lower, "name", "Moved", "parentId", upper, "managerId", manager));
        await().atMost(Duration.ofSeconds(60)).until(() -> as(Tokens.officeManager(top)).queryParam("department", lower)
                .get("/api/v1/roster").statusCode() == 200);
        as(Tokens.officeManager(top)).queryParam("department", lower).get("/api/v1/roster").then()
                .body("items.id", containsInAnyOrder(person.toString()));
    }
}
