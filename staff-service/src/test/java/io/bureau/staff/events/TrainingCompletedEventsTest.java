package io.bureau.staff.events;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
import io.bureau.staff.skill.SkillEvents;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.test.junit.QuarkusTest;

/** A completed training: its record in the file, and on a pass the skills it grants. */
@QuarkusTest
class TrainingCompletedEventsTest {

    @Test
    void aPassDeliveredTwiceRaisesLowerSkillsOnceKeepsHigherOnesAndFilesOneRecord() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID filing = Staff.skill();
        UUID phones = Staff.skill();
        UUID spreadsheets = Staff.skill();
        String skills = "/api/v1/employees/" + person + "/skills";
        as(Staff.employeeToken(person)).body(Map.of("level", 1)).put(skills + "/" + filing).then().statusCode(200);
        as(team.managerToken()).body(Map.of("level", 5)).put(skills + "/" + phones).then().statusCode(200);

        UUID enrolment = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var payload = ReviewsFeed.trainingCompleted(enrolment, person, "Records and phones", "PASSED", 87, List.of(
                ReviewsFeed.granted(filing, "Filing", 3), ReviewsFeed.granted(phones, "Phones", 2),
                ReviewsFeed.granted(spreadsheets, "Spreadsheets", 2)));
        ReviewsFeed.deliver(TrainingEvents.TOPIC, eventId, TrainingEvents.COMPLETED, enrolment, payload);
        ReviewsFeed.deliver(TrainingEvents.TOPIC, eventId, TrainingEvents.COMPLETED, enrolment, payload);
        ReviewsFeed.awaitAllHandled(TrainingEvents.TOPIC, enrolment);

        as(Staff.employeeToken(person)).get(skills).then().statusCode(200)
                .body("size()", equalTo(3))
                .body("find { it.skillId == '" + filing + "' }.level", equalTo(3))
                .body("find { it.skillId == '" + filing + "' }.source", equalTo("TRAINING"))
                .body("find { it.skillId == '" + filing + "' }.evidence", startsWith("earned by training 'Records and phones'"))
                .body("find { it.skillId == '" + phones + "' }.level", equalTo(5))
                .body("find { it.skillId == '" + phones + "' }.source", equalTo("VERIFIED"))
                .body("find { it.skillId == '" + spreadsheets + "' }.level", equalTo(2))
                .body("find { it.skillId == '" + spreadsheets + "' }.source", equalTo("TRAINING"));
        String file = "/api/v1/employees/" + person + "/personnel-file";
        as(Staff.employeeToken(person)).queryParam("kind", "TRAINING_RECORD").get(file).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Training passed: Records and phones"))
                .body("items[0].restricted", equalTo(false))
                .body("items[0].occurredOn", equalTo("2026-11-20"));
        String body = as(Staff.employeeToken(person)).queryParam("kind", "TRAINING_RECORD").get(file).then()
                .extract().path("items[0].body");
        assertTrue(body.startsWith("Completed on 2026-11-20: PASSED, score 87 of 100. Skills granted: "), body);
        asAdmin().get("/api/v1/employees/" + person + "/audit-trail").then()
                .body("items.findAll { it.action == 'employee.skill-raised' }.size()", equalTo(2))
                .body("items.findAll { it.action == 'employee.skill-raised' }.actor", everyItem(startsWith("event:")));

        // Declared, verified, one change for the training however often delivered, then the marker.
        List<Event> changes = skillChangesUntilMarker(person);
        assertEquals(4, changes.size(), () -> changes.toString());
        String raised = changes.get(2).value();
        assertTrue(raised.contains(spreadsheets.toString()) && raised.contains(filing.toString()), raised);
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment), "a good event, even redelivered, is never dead-lettered");
    }

    @Test
    void aFailIsFiledAndChangesNoSkill() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID filing = Staff.skill();
        as(Staff.employeeToken(person)).body(Map.of("level", 1)).put("/api/v1/employees/" + person + "/skills/" + filing)
                .then().statusCode(200);
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(TrainingEvents.TOPIC, TrainingEvents.COMPLETED, enrolment,
                ReviewsFeed.trainingCompleted(enrolment, person, "Advanced filing", "FAILED", 41, List.of()));
        ReviewsFeed.awaitAllHandled(TrainingEvents.TOPIC, enrolment);

        as(Staff.employeeToken(person)).queryParam("kind", "TRAINING_RECORD").get("/api/v1/employees/" + person + "/personnel-file")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Training failed: Advanced filing"))
                .body("items[0].body", equalTo("Completed on 2026-11-20: FAILED, score 41 of 100."));
        as(Staff.employeeToken(person)).get("/api/v1/employees/" + person + "/skills").then()
                .body("find { it.skillId == '" + filing + "' }.level", equalTo(1))
                .body("find { it.skillId == '" + filing + "' }.source", equalTo("DECLARED"));
        assertEquals(2, skillChangesUntilMarker(person).size(), "declared, then the marker: the fail published no change");
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment));
    }

    @Test
    void aSkillStaffsCatalogueLacksDeadLettersTheWholeEventNamingIt() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID filing = Staff.skill();
        UUID unknown = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(TrainingEvents.TOPIC, TrainingEvents.COMPLETED, enrolment,
                ReviewsFeed.trainingCompleted(enrolment, person, "Mystery course", "PASSED", null, List.of(
                        ReviewsFeed.granted(filing, "Filing", 2), ReviewsFeed.granted(unknown, "Haunting", 2))));

        String reason = ReviewsFeed.awaitDeadLetterReason(enrolment);
        assertTrue(reason.contains("skill " + unknown + " (Haunting)") && reason.contains("not in staff's skills catalogue"), reason);
        as(Staff.employeeToken(person)).get("/api/v1/employees/" + person + "/skills").then().body("size()", equalTo(0));
        asAdmin().get("/api/v1/employees/" + person + "/personnel-file").then().body("totalItems", equalTo(0));
        asAdmin().get("/api/v1/skills/" + unknown).then().statusCode(404);
    }

    @Test
    void aTrainingOfAnEmployeeStaffNeverHadOrWithAnUnknownResultIsDeadLettered() {
        UUID nobody = UUID.randomUUID();
        UUID ghost = UUID.randomUUID();
        ReviewsFeed.deliver(TrainingEvents.TOPIC, TrainingEvents.COMPLETED, ghost,
                ReviewsFeed.trainingCompleted(ghost, nobody, "Ghost course", "PASSED", null, List.of()));
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID odd = UUID.randomUUID();
        ReviewsFeed.deliver(TrainingEvents.TOPIC, TrainingEvents.COMPLETED, odd,
                ReviewsFeed.trainingCompleted(odd, person, "Odd course", "ATTENDED", null, List.of()));

        String unknownEmployee = ReviewsFeed.awaitDeadLetterReason(ghost);
        assertTrue(unknownEmployee.contains("unknown employee " + nobody), unknownEmployee);
        String unknownResult = ReviewsFeed.awaitDeadLetterReason(odd);
        assertTrue(unknownResult.contains("neither PASSED nor FAILED"), unknownResult);
    }

    @Test
    void otherTypesOnTheTrainingTopicAreSkippedNotDeadLettered() {
        UUID enrolment = UUID.randomUUID();
        ReviewsFeed.deliver(TrainingEvents.TOPIC, TrainingEvents.TOPIC + ".cost-requested.v1", enrolment,
                Map.of("requestId", enrolment, "employeeId", UUID.randomUUID(), "category", "TRAINING"));
        ReviewsFeed.awaitAllHandled(TrainingEvents.TOPIC, enrolment);
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(enrolment));
    }

    /** The person's skills-changed events, up to one a later change of theirs publishes (behind every earlier one). */
    private static List<Event> skillChangesUntilMarker(UUID person) {
        UUID marker = Staff.skill();
        as(Staff.employeeToken(person)).body(Map.of("level", 1)).put("/api/v1/employees/" + person + "/skills/" + marker)
                .then().statusCode(200);
        return KafkaEvents.allUntil(e -> person.toString().equals(e.subject()) && e.value().contains(marker.toString()),
                        Duration.ofSeconds(60), Staff.EMPLOYEE_TOPIC).stream()
                .filter(e -> person.toString().equals(e.subject()) && SkillEvents.SKILLS_CHANGED.equals(e.type())).toList();
    }
}
