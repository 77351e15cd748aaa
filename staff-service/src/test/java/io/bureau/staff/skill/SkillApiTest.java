package io.bureau.staff.skill;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SkillApiTest {

    @Inject
    SkillService skills;

    @Inject
    EntityManager entityManager;

    private long skillEventsInOutbox(UUID employeeId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, employeeId.toString()).setParameter(2, SkillEvents.SKILLS_CHANGED)
                .getSingleResult()).longValue());
    }

    @Test
    void aSkillWhoseExpiryDatePassesIsAnnouncedOnce() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        UUID skill = Staff.skill();
        Map<String, Object> expiring = new HashMap<>(Map.of("level", 3, "expiresOn", LocalDate.now().plusDays(1).toString()));
        as(team.managerToken()).body(expiring).put("/api/v1/employees/" + id + "/skills/" + skill).then().statusCode(200);
        assertTrue(Staff.awaitEvent(id, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED).value().contains(skill.toString()));
        // Two days pass.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update employee_skill set expires_on = ?1 where employee_id = ?2")
                .setParameter(1, LocalDate.now().minusDays(1)).setParameter(2, id).executeUpdate());

        assertTrue(skills.publishExpiredSkills() >= 1);
        List<Event> changes = Staff.awaitEvents(id, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED, 2);
        assertFalse(changes.get(1).value().contains(skill.toString()), changes.get(1).value());
        skills.publishExpiredSkills();
        assertEquals(2, skillEventsInOutbox(id), "announced once");
        as(Staff.employeeToken(id)).get("/api/v1/employees/" + id + "/skills").then().body("[0].expired", equalTo(true));
    }

    @Test
    void parallelSkillWritesForOnePersonEndWithAnEventHoldingEverySkill() throws Exception {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            added.add(Staff.skill());
        }
        ExecutorService pool = Executors.newFixedThreadPool(added.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (UUID skill : added) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(team.managerToken()).body(Map.of("level", 3))
                            .put("/api/v1/employees/" + id + "/skills/" + skill).then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Event> changes = Staff.awaitEvents(id, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED, added.size());
        String last = changes.get(changes.size() - 1).value();
        for (UUID skill : added) {
            assertTrue(last.contains(skill.toString()), "the last skills-changed event lacks " + skill + ": " + last);
        }
    }

    @Test
    void theCatalogueRefusesDuplicateNamesAndBlankFields() {
        String name = Staff.unique("Filing");
        asAdmin().body(Map.of("name", name, "category", "Office")).post("/api/v1/skills").then().statusCode(201);
        asAdmin().body(Map.of("name", name.toUpperCase(), "category", "Office")).post("/api/v1/skills")
                .then().statusCode(409).body("errors.field", contains("name"));
        asAdmin().body(Map.of("name", "x")).post("/api/v1/skills").then().statusCode(400).body("errors.field", contains("category"));
        as(Staff.employeeToken(UUID.randomUUID())).body(Map.of("name", "y", "category", "z")).post("/api/v1/skills")
                .then().statusCode(403);
        asAdmin().queryParam("q", name.substring(name.length() - 8)).get("/api/v1/skills")
                .then().statusCode(200).body("items.name", contains(name));
    }

    @Test
    void aCatalogueSkillIsRenamedOnceAndNeverOntoAnotherSkillsName() {
        UUID skill = Staff.skill();
        Team team = Staff.team();
        UUID holder = Staff.employee(team.departmentId(), team.managerId());
        as(team.managerToken()).body(Map.of("level", 2)).put("/api/v1/employees/" + holder + "/skills/" + skill).then().statusCode(200);
        String taken = asAdmin().get("/api/v1/skills/" + Staff.skill()).then().extract().path("name");
        String renamed = Staff.unique("Archiving");
        Map<String, Object> change = Map.of("name", renamed, "category", "Records", "description", "Keeping files findable");
        asAdmin().header("If-Match", "\"0\"").body(change).put("/api/v1/skills/" + skill)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo(renamed));
        asAdmin().header("If-Match", "\"0\"").body(change).put("/api/v1/skills/" + skill).then().statusCode(412);
        asAdmin().get("/api/v1/skills/" + skill).then().statusCode(200).header("ETag", "\"1\"");
        asAdmin().body(Map.of("name", taken, "category", "Records")).put("/api/v1/skills/" + skill)
                .then().statusCode(409).body("errors.field", contains("name"));
        as(Staff.employeeToken(UUID.randomUUID())).body(change).put("/api/v1/skills/" + skill).then().statusCode(403);
        List<Event> holderSkills = Staff.awaitEvents(holder, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED, 2);
        assertTrue(holderSkills.get(1).value().contains(renamed), "holders' skills are published under the new name");
    }

    @Test
    void aPersonDeclaresASkillTheirManagerVerifiesItAndEachChangeIsPublished() {
        Team team = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        UUID skill = Staff.skill();
        String path = "/api/v1/employees/" + id + "/skills/" + skill;

        as(Staff.employeeToken(id)).body(Map.of("level", 3)).put(path)
                .then().statusCode(200).body("source", equalTo("DECLARED")).body("verifiedBy", nullValue());
        as(team.managerToken()).header("If-Match", "\"5\"").post(path + "/verify").then().statusCode(412);
        as(team.managerToken()).header("If-Match", "\"0\"").post(path + "/verify")
                .then().statusCode(200).body("source", equalTo("VERIFIED"))
                .body("verifiedBy", equalTo(team.managerId().toString())).body("level", equalTo(3));
        as(Staff.employeeToken(id)).get("/api/v1/employees/" + id + "/skills")
                .then().statusCode(200).body("skillId", contains(skill.toString())).body("[0].expired", equalTo(false));

        List<Event> changes = Staff.awaitEvents(id, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED, 2);
        assertTrue(changes.get(1).value().contains("\"VERIFIED\""), changes.get(1).value());
        asAdmin().get("/api/v1/employees/" + id + "/audit-trail").then().statusCode(200)
                .body("items[0].action", equalTo("employee.skill-verified"))
                .body("items[0].before.source", equalTo("DECLARED"));
    }

    @Test
    void colleaguesAndOtherDepartmentsCannotTouchSomeonesSkillsAndLevelsStayWithinOneToFive() {
        Team team = Staff.team();
        Team other = Staff.team();
        UUID id = Staff.employee(team.departmentId(), team.managerId());
        UUID colleague = Staff.employee(team.departmentId(), team.managerId());
        UUID skill = Staff.skill();
        String path = "/api/v1/employees/" + id + "/skills/" + skill;

        as(Staff.employeeToken(colleague)).body(Map.of("level", 5)).put(path).then().statusCode(403);
        as(other.managerToken()).body(Map.of("level", 5)).put(path).then().statusCode(403);
        as(other.managerToken()).get("/api/v1/employees/" + id + "/skills").then().statusCode(403);
        as(team.managerToken()).body(Map.of("level", 6)).put(path).then().statusCode(400).body("errors.field", contains("level"));
        as(team.managerToken()).body(Map.of("level", 2)).put("/api/v1/employees/" + id + "/skills/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void searchFindsPeopleAtOrAboveALevelAndExpiredSkillsStopCounting() {
        Team team = Staff.team();
        UUID expert = Staff.employee(team.departmentId(), team.managerId());
        UUID novice = Staff.employee(team.departmentId(), team.managerId());
        UUID lapsed = Staff.employee(team.departmentId(), team.managerId());
        UUID skill = Staff.skill();
        as(team.managerToken()).body(Map.of("level", 4)).put("/api/v1/employees/" + expert + "/skills/" + skill).then().statusCode(200);
        as(team.managerToken()).body(Map.of("level", 2)).put("/api/v1/employees/" + novice + "/skills/" + skill).then().statusCode(200);
        Map<String, Object> expired = new HashMap<>(Map.of("level", 5, "expiresOn", LocalDate.now().minusDays(1).toString()));
        as(team.managerToken()).body(expired).put("/api/v1/employees/" + lapsed + "/skills/" + skill)
                .then().statusCode(200).body("expired", equalTo(true));

        as(team.managerToken()).queryParam("skill", skill).queryParam("minLevel", 3).get("/api/v1/employees")
                .then().statusCode(200).body("items.id", contains(expert.toString()));
        as(team.managerToken()).queryParam("skill", skill).get("/api/v1/employees")
                .then().statusCode(200).body("totalItems", equalTo(2));
        as(team.managerToken()).queryParam("minLevel", 3).get("/api/v1/employees")
                .then().statusCode(400).body("errors.field", contains("minLevel"));

        Event published = Staff.awaitEvent(lapsed, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED);
        assertFalse(published.value().contains(skill.toString()), "an expired skill is not published as held");
    }
}
