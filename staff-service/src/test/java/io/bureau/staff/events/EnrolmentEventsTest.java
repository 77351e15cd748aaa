package io.bureau.staff.events;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.staff.employee.EmployeeEvents;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.test.junit.QuarkusTest;

/** Confirmed training seats become TRAINING absences, and cancelled ones give the days back, as scheduling learns. */
@QuarkusTest
class EnrolmentEventsTest {

    @Test
    void aSeatDeliveredTwiceIsOneTrainingAbsenceAndItsCancellationDeliveredTwiceCancelsItOnce() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID enrolment = UUID.randomUUID();
        String created = UUID.randomUUID().toString();
        // Friday to Monday: the weekend between is part of the period, as the session's dates say.
        var payload = ReviewsFeed.enrolmentCreated(enrolment, person, "Switchboard basics", "2027-04-16", "2027-04-19");
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, created, EnrolmentEvents.CREATED, enrolment, payload);
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, created, EnrolmentEvents.CREATED, enrolment, payload);
        ReviewsFeed.awaitAllHandled(EnrolmentEvents.TOPIC, enrolment);

        String absences = "/api/v1/employees/" + person + "/absences";
        String absenceId = as(team.managerToken()).get(absences).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("TRAINING"))
                .body("items[0].firstDay", equalTo("2027-04-16"))
                .body("items[0].lastDay", equalTo("2027-04-19"))
                .body("items[0].note", equalTo("Training: Switchboard basics"))
                .body("items[0].status", equalTo("RECORDED"))
                .extract().path("items[0].id");

        String cancelled = UUID.randomUUID().toString();
        var cancellation = ReviewsFeed.enrolmentCancelled(enrolment, person, "2027-04-16", "2027-04-19");
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, cancelled, EnrolmentEvents.CANCELLED, enrolment, cancellation);
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, cancelled, EnrolmentEvents.CANCELLED, enrolment, cancellation);
        ReviewsFeed.awaitAllHandled(EnrolmentEvents.TOPIC, enrolment);
        as(team.managerToken()).get(absences).then().body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("CANCELLED"));

        // Scheduling's roster learns both, once each, behind which a later change of the person is published.
        List<Event> published = eventsUntilMarker(person);
        assertEquals(1, published.stream().filter(e -> EmployeeEvents.ABSENCE_RECORDED.equals(e.type())
                && e.value().contains(absenceId) && e.value().contains("TRAINING")).count());
        assertEquals(1, published.stream().filter(e -> EmployeeEvents.ABSENCE_CANCELLED.equals(e.type())
                && e.value().contains(absenceId)).count());
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment), "good events, even redelivered, are never dead-lettered");
    }

    @Test
    void aCancellationArrivingBeforeItsSeatLeavesNoTrainingDaysBehind() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CANCELLED, enrolment,
                ReviewsFeed.enrolmentCancelled(enrolment, person, "2027-06-07", "2027-06-08"));
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CREATED, enrolment,
                ReviewsFeed.enrolmentCreated(enrolment, person, "Late arrival", "2027-06-07", "2027-06-08"));
        ReviewsFeed.awaitAllHandled(EnrolmentEvents.TOPIC, enrolment);

        as(team.managerToken()).get("/api/v1/employees/" + person + "/absences").then().statusCode(200)
                .body("totalItems", equalTo(0));
        List<Event> published = eventsUntilMarker(person);
        assertEquals(0, published.stream().filter(e -> EmployeeEvents.ABSENCE_RECORDED.equals(e.type())
                && e.value().contains("2027-06-07")).count(), "no training days were announced");
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment));
    }

    @Test
    void aSeatOverlappingAnAbsenceIsRecordedBesideItWithANoteNotDeadLettered() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        String absences = "/api/v1/employees/" + person + "/absences";
        String leave = as(Staff.employeeToken(person)).body(Map.of("kind", "LEAVE", "firstDay", "2027-05-03", "lastDay", "2027-05-07"))
                .post(absences).then().statusCode(201).extract().path("id");
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CREATED, enrolment,
                ReviewsFeed.enrolmentCreated(enrolment, person, "Filing", "2027-05-06", "2027-05-10"));
        ReviewsFeed.awaitAllHandled(EnrolmentEvents.TOPIC, enrolment);

        as(team.managerToken()).queryParam("sort", "firstDay,asc").get(absences).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[1].kind", equalTo("TRAINING"))
                .body("items[1].firstDay", equalTo("2027-05-06"))
                .body("items[1].lastDay", equalTo("2027-05-10"))
                .body("items[1].note", startsWith("Training: Filing"))
                .body("items[1].note", containsString(leave));
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment), "a business conflict is not a poison event");
        // Asked for here, the same overlap is still refused.
        as(Staff.employeeToken(person)).body(Map.of("kind", "LEAVE", "firstDay", "2027-05-10", "lastDay", "2027-05-11"))
                .post(absences).then().statusCode(409);
    }

    @Test
    void aSeatRunningPastTheLastWorkingDayOfSomeoneLeavingRecordsNothingAndIsNotDeadLettered() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        as(team.managerToken()).body(Map.of("status", "TERMINATED", "lastWorkingDay", "2027-06-30", "reason", "Moved abroad"))
                .put("/api/v1/employees/" + person + "/status").then().statusCode(200);
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CREATED, enrolment,
                ReviewsFeed.enrolmentCreated(enrolment, person, "Too late", "2027-06-30", "2027-07-01"));
        ReviewsFeed.awaitAllHandled(EnrolmentEvents.TOPIC, enrolment);

        asAdmin().get("/api/v1/employees/" + person + "/absences").then().statusCode(200).body("totalItems", equalTo(0));
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment));
    }

    @Test
    void aSeatOfAnEmployeeStaffNeverHadIsDeadLetteredWithTheReason() {
        UUID nobody = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CREATED, enrolment,
                ReviewsFeed.enrolmentCreated(enrolment, nobody, "Ghost course", "2027-06-07", "2027-06-08"));
        String reason = ReviewsFeed.awaitDeadLetterReason(enrolment);
        assertTrue(reason.contains("unknown employee " + nobody), reason);
    }

    @Test
    void aSeatEndingBeforeItStartsIsDeadLetteredWithTheReason() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(EnrolmentEvents.TOPIC, EnrolmentEvents.CREATED, enrolment,
                ReviewsFeed.enrolmentCreated(enrolment, person, "Backwards", "2027-06-08", "2027-06-07"));
        String reason = ReviewsFeed.awaitDeadLetterReason(enrolment);
        assertTrue(reason.contains("before it starts"), reason);
        asAdmin().get("/api/v1/employees/" + person + "/absences").then().body("totalItems", equalTo(0));
    }

    /** The person's events up to a marker: a later absence the person records, published behind everything before it. */
    private static List<Event> eventsUntilMarker(UUID person) {
        String marker = as(Staff.employeeToken(person)).body(Map.of("kind", "LEAVE", "firstDay", "2031-01-06", "lastDay", "2031-01-06"))
                .post("/api/v1/employees/" + person + "/absences").then().statusCode(201).extract().path("id");
        return KafkaEvents.allUntil(e -> person.toString().equals(e.subject()) && e.value().contains(marker), Duration.ofSeconds(60),
                Staff.EMPLOYEE_TOPIC).stream().filter(e -> person.toString().equals(e.subject())).toList();
    }
}
