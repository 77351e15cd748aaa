package io.bureau.staff.events;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.staff.employee.EmployeeEvents;
import io.bureau.staff.skill.SkillEvents;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** Other contexts' events, produced to the real broker as reviews-service would. */
@QuarkusTest
class IncomingEventsTest {

    @Test
    void theSameTrainingCompletedTwiceRaisesTheSkillOnceAndAddsOneFileEntry() throws Exception {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID skill = Staff.skill();
        as(Staff.employeeToken(person)).body(Map.of("level", 1)).put("/api/v1/employees/" + person + "/skills/" + skill)
                .then().statusCode(200);
        Staff.awaitEvent(person, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED);

        String eventId = UUID.randomUUID().toString();
        String completed = trainingCompleted(person, "Advanced filing", "{\"skillId\":\"" + skill + "\",\"level\":3}");
        KafkaEvents.deliver(TrainingEvents.TOPIC, eventId, TrainingEvents.COMPLETED, person, completed);
        KafkaEvents.deliver(TrainingEvents.TOPIC, eventId, TrainingEvents.COMPLETED, person, completed);
        // A later event of the same person, same partition: once it is in the file, both copies were handled.
        String newSkillName = Staff.unique("Switchboard");
        KafkaEvents.deliver(TrainingEvents.TOPIC, UUID.randomUUID().toString(), TrainingEvents.COMPLETED, person,
                trainingCompleted(person, "Phone system", "{\"skillName\":\"" + newSkillName + "\",\"level\":2}"));

        String file = "/api/v1/employees/" + person + "/personnel-file";
        await().atMost(Duration.ofSeconds(60)).until(() -> asAdmin().queryParam("kind", "TRAINING_RECORD").get(file)
                .then().extract().<List<String>>path("items.title").contains("Completed Phone system"));
        asAdmin().queryParam("kind", "TRAINING_RECORD").get(file).then()
                .body("items.title", containsInAnyOrder("Completed Advanced filing", "Completed Phone system"));
        as(Staff.employeeToken(person)).get("/api/v1/employees/" + person + "/skills").then().statusCode(200)
                .body("find { it.skillId == '" + skill + "' }.level", equalTo(3))
                .body("find { it.skillId == '" + skill + "' }.source", equalTo("TRAINING"))
                .body("find { it.skillName == '" + newSkillName + "' }.level", equalTo(2));

        // Without de-duplication the second copy's effect would be refused and the copy dead-lettered.
        assertTrue(KafkaEvents.matching(e -> eventId.equals(e.id()), "bureau.staff.dlq").isEmpty(),
                "the redelivered copy was dead-lettered");
        asAdmin().get("/api/v1/employees/" + person + "/audit-trail").then()
                .body("items.findAll { it.action == 'employee.skill-raised' }.actor", everyItem(startsWith("event:")))
                .body("items.findAll { it.action == 'employee.skill-raised' }.size()", equalTo(2));

        // A later change of the person is published behind every skill change the events caused.
        UUID markerSkill = Staff.skill();
        as(Staff.employeeToken(person)).body(Map.of("level", 1)).put("/api/v1/employees/" + person + "/skills/" + markerSkill)
                .then().statusCode(200);
        var upToMarker = KafkaEvents.allUntil(e -> person.toString().equals(e.subject()) && e.value().contains(markerSkill.toString()),
                Duration.ofSeconds(60), Staff.EMPLOYEE_TOPIC);
        // Declared, one raise per distinct training, then the marker: four skill changes, not five.
        assertEquals(4, upToMarker.stream().filter(e -> person.toString().equals(e.subject())
                && SkillEvents.SKILLS_CHANGED.equals(e.type())).count());
    }

    @Test
    void aFinalizedReviewAddsAnEvaluationSummaryThePersonCanRead() throws Exception {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID reviewId = UUID.randomUUID();
        KafkaEvents.deliver(ReviewEvents.TOPIC, UUID.randomUUID().toString(), ReviewEvents.FINALIZED, reviewId,
                "{\"reviewId\":\"" + reviewId + "\",\"employeeId\":\"" + person + "\",\"cycleName\":\"2026\","
                        + "\"finalizedOn\":\"2026-11-20\",\"overallRating\":\"4 of 5\",\"summary\":\"Reliable\",\"ratings\":[]}");

        String file = "/api/v1/employees/" + person + "/personnel-file";
        await().atMost(Duration.ofSeconds(60)).until(() -> asAdmin().get(file).then().extract().<Integer>path("totalItems") == 1);
        as(Staff.employeeToken(person)).get(file).then().statusCode(200)
                .body("items[0].kind", equalTo("EVALUATION_SUMMARY"))
                .body("items[0].title", equalTo("Performance review: 2026"))
                .body("items[0].recordedBy", equalTo("event:" + ReviewEvents.FINALIZED))
                .body("items[0].occurredOn", equalTo("2026-11-20"));
    }

    @Test
    void aCounselingReferralLeavesARestrictedReferenceOnlyTheManagerChainSees() throws Exception {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID referralId = UUID.randomUUID();
        KafkaEvents.deliver(CounselingEvents.TOPIC, UUID.randomUUID().toString(), CounselingEvents.REFERRAL_OPENED, referralId,
                "{\"referralId\":\"" + referralId + "\",\"employeeId\":\"" + person + "\",\"openedOn\":\"2026-11-18\"}");

        String file = "/api/v1/employees/" + person + "/personnel-file";
        await().atMost(Duration.ofSeconds(60)).until(() -> as(team.managerToken()).get(file).then().extract().<Integer>path("totalItems") == 1);
        as(team.managerToken()).get(file).then().body("items[0].kind", equalTo("COUNSELING_REFERENCE"))
                .body("items[0].restricted", equalTo(true));
        as(Staff.employeeToken(person)).get(file).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anEnrolmentRecordsTrainingDaysItsCancellationGivesThemBackAndAnOverlapIsADeadLetter() throws Exception {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        String absences = "/api/v1/employees/" + person + "/absences";
        as(Staff.employeeToken(person)).body(Map.of("kind", "LEAVE", "firstDay", "2027-05-03", "lastDay", "2027-05-07"))
                .post(absences).then().statusCode(201);
        UUID enrolment = UUID.randomUUID();
        UUID clashing = UUID.randomUUID();
        KafkaEvents.deliver(EnrolmentEvents.TOPIC, UUID.randomUUID().toString(), EnrolmentEvents.CREATED, enrolment, enrolment(enrolment, person, "2027-04-12"));
        KafkaEvents.deliver(EnrolmentEvents.TOPIC, UUID.randomUUID().toString(), EnrolmentEvents.CREATED, clashing, enrolment(clashing, person, "2027-05-06"));

        await().atMost(Duration.ofSeconds(60)).until(() -> as(team.managerToken()).queryParam("sort", "firstDay,asc").get(absences)
                .then().extract().<Integer>path("totalItems") == 2);
        as(team.managerToken()).get(absences).then()
                .body("items.find { it.kind == 'TRAINING' }.note", equalTo("Training: Switchboard basics"))
                .body("items.find { it.kind == 'TRAINING' }.firstDay", equalTo("2027-04-12"));
        var deadLetter = await().atMost(Duration.ofSeconds(60)).until(
                () -> KafkaEvents.matching(e -> clashing.toString().equals(e.key()), "bureau.staff.dlq"), list -> !list.isEmpty());
        assertTrue(deadLetter.get(0).headers().get("dead-letter-reason").contains("overlaps"), () -> deadLetter.get(0).headers().toString());

        KafkaEvents.deliver(EnrolmentEvents.TOPIC, UUID.randomUUID().toString(), EnrolmentEvents.CANCELLED, enrolment,
                "{\"enrolmentId\":\"" + enrolment + "\",\"employeeId\":\"" + person + "\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> "CANCELLED".equals(as(team.managerToken()).get(absences)
                .then().extract().path("items.find { it.kind == 'TRAINING' }.status")));
        Staff.awaitEvent(person, Staff.EMPLOYEE_TOPIC, EmployeeEvents.ABSENCE_CANCELLED);
    }

    @Test
    void anImprovementPlanIsNotedWhenOpenedAndWhenClosed() throws Exception {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID plan = UUID.randomUUID();
        KafkaEvents.deliver(ImprovementPlanEvents.TOPIC, UUID.randomUUID().toString(), ImprovementPlanEvents.OPENED, plan,
                "{\"planId\":\"" + plan + "\",\"employeeId\":\"" + person + "\",\"openedOn\":\"2026-10-01\",\"goals\":[]}");
        KafkaEvents.deliver(ImprovementPlanEvents.TOPIC, UUID.randomUUID().toString(), ImprovementPlanEvents.CLOSED, plan,
                "{\"planId\":\"" + plan + "\",\"employeeId\":\"" + person + "\",\"closedOn\":\"2026-11-01\",\"outcome\":\"SUCCESSFUL\"}");

        String file = "/api/v1/employees/" + person + "/personnel-file";
        await().atMost(Duration.ofSeconds(60)).until(() -> as(Staff.employeeToken(person)).get(file).then().extract().<Integer>path("totalItems") == 2);
        as(Staff.employeeToken(person)).get(file).then()
                .body("items.title", contains("Improvement plan closed: SUCCESSFUL", "Improvement plan opened"));
    }

    @Test
    void aTrainingOfAnUnknownEmployeeGoesToTheDeadLetterTopic() throws Exception {
        UUID nobody = UUID.randomUUID();
        KafkaEvents.deliver(TrainingEvents.TOPIC, UUID.randomUUID().toString(), TrainingEvents.COMPLETED, nobody,
                trainingCompleted(nobody, "Ghost course", "{\"skillName\":\"Haunting\",\"level\":2}"));
        var deadLetter = await().atMost(Duration.ofSeconds(60)).until(
                () -> KafkaEvents.matching(e -> nobody.toString().equals(e.key()), "bureau.staff.dlq"), list -> !list.isEmpty());
        assertTrue(deadLetter.get(0).headers().get("dead-letter-reason").contains("unknown employee"),
                () -> deadLetter.get(0).headers().toString());
    }

    private static String enrolment(UUID enrolmentId, UUID employeeId, String firstDay) {
        LocalDate first = LocalDate.parse(firstDay);
        return "{\"enrolmentId\":\"" + enrolmentId + "\",\"employeeId\":\"" + employeeId + "\",\"trainingTitle\":\"Switchboard basics\","
                + "\"firstDay\":\"" + first + "\",\"lastDay\":\"" + first.plusDays(1) + "\",\"sessionId\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String trainingCompleted(UUID employeeId, String title, String grantedSkill) {
        return "{\"employeeId\":\"" + employeeId + "\",\"trainingId\":\"" + UUID.randomUUID() + "\",\"trainingTitle\":\"" + title
                + "\",\"completedOn\":\"2026-11-20\",\"cost\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},"
                + "\"skillsGranted\":[" + grantedSkill + "]}";
    }

}
