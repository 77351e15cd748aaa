package io.bureau.scheduling.recurring;

import static io.bureau.scheduling.Tokens.as;
import static io.bureau.scheduling.Tokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.bureau.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Recurring templates through the API: tasks for the horizon at once and never twice, replace, deactivate, access, validation. */
@QuarkusTest
class TaskTemplateApiTest {

    static final String TEMPLATES = "/api/v1/task-templates";

    @Inject
    RecurringTasks generator;

    @Inject
    EntityManager entityManager;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Map<String, Object> template(UUID department, UUID skill, Map<String, Object> recurrence, int horizonDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Empty the letterbox " + UUID.randomUUID().toString().substring(0, 6));
        body.put("description", "And sort the post");
        body.put("departmentId", department);
        body.put("requiredSkills", skill == null ? List.of() : List.of(Map.of("skillId", skill, "minLevel", 2)));
        body.put("estimatedHours", 0.5);
        body.put("priority", 3);
        body.put("recurrence", recurrence);
        body.put("horizonDays", horizonDays);
        return body;
    }

    static Map<String, Object> daily() {
        return Map.of("kind", "DAILY");
    }

    static ExtractableResponse<Response> create(String token, Map<String, Object> body) {
        return as(token).body(body).post(TEMPLATES).then().statusCode(201).extract();
    }

    /** The department's tasks, oldest due day first. */
    static ExtractableResponse<Response> tasksOf(Office office) {
        return as(office.managerToken()).queryParam("department", office.department()).queryParam("size", 100)
                .queryParam("sort", "deadline").get("/api/v1/tasks").then().statusCode(200).extract();
    }

    long auditEntries(String id, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from audit_entry where entity_type = 'task-template' and entity_id = ?1 and action = ?2")
                .setParameter(1, id).setParameter(2, action).getSingleResult()).longValue());
    }

    @Test
    void creatingGeneratesTheHorizonAtOnceWithTheTemplatesSkillsAndARerunGeneratesNothingTwice() {
        Office office = Work.office();
        Map<String, Object> body = template(office.department(), office.skill(), daily(), 6);
        body.put("deadlineDaysAfter", 2);
        ExtractableResponse<Response> created = create(office.managerToken(), body);
        String id = created.path("template.id");
        assertEquals(7, (int) created.path("tasksCreated"));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals(true, created.path("template.active"));
        assertEquals(office.skill().toString(), created.path("template.requiredSkills[0].skillId"));

        ExtractableResponse<Response> tasks = tasksOf(office);
        assertEquals(7, (int) tasks.path("totalItems"));
        List<String> starts = tasks.path("items.earliestStart");
        List<String> deadlines = tasks.path("items.deadline");
        for (int i = 0; i < 7; i++) {
            assertEquals(today().plusDays(i).toString(), starts.get(i));
            assertEquals(today().plusDays(i + 2).toString(), deadlines.get(i));
        }
        as(office.managerToken()).queryParam("department", office.department()).queryParam("size", 100).get("/api/v1/tasks")
                .then().body("items.requiredSkills.flatten().skillId", everyItem(equalTo(office.skill().toString())))
                .body("items.requiredSkills.flatten().minLevel", everyItem(equalTo(2)))
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items.title", everyItem(equalTo(body.get("title"))));
        UUID first = UUID.fromString(tasks.path("items[0].id"));
        assertTrue(Work.eventsUntil(first, "bureau.scheduling.task.created.v1").get(0).value().contains(office.skill().toString()));

        generator.generate();
        generator.generate();
        assertEquals(7, (int) tasksOf(office).path("totalItems"), "a rerun of the generator creates nothing twice");
        assertEquals(1, auditEntries(id, "task-template.created"));

        as(office.managerToken()).get(TEMPLATES + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("recurrence.kind", equalTo("DAILY")).body("horizonDays", equalTo(6)).body("deadlineDaysAfter", equalTo(2));
        as(office.managerToken()).queryParam("department", office.department()).get(TEMPLATES).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void replacingNeedsTheCurrentVersionAndDeactivatingStopsGenerationButKeepsTheTasks() {
        Office office = Work.office();
        String weekday = today().getDayOfWeek().name();
        ExtractableResponse<Response> created = create(office.managerToken(), template(office.department(), null,
                Map.of("kind", "WEEKLY", "daysOfWeek", List.of(weekday)), 6));
        String id = created.path("template.id");
        assertEquals(1, (int) created.path("tasksCreated"));
        String path = TEMPLATES + "/" + id;

        Map<String, Object> replacement = template(office.department(), office.skill(), daily(), 3);
        replacement.remove("departmentId");
        as(office.managerToken()).header("If-Match", "\"7\"").body(replacement).put(path).then().statusCode(412);
        ExtractableResponse<Response> replaced = as(office.managerToken()).header("If-Match", created.header("ETag"))
                .body(replacement).put(path).then().statusCode(200).extract();
        assertEquals(3, (int) replaced.path("tasksCreated"), "today was generated already; the three days after it are new");
        assertEquals("\"1\"", replaced.header("ETag"));
        ExtractableResponse<Response> tasks = tasksOf(office);
        assertEquals(4, (int) tasks.path("totalItems"));
        assertEquals((String) created.path("template.title"), (String) tasks.path("items[0].title"), "a task already generated keeps its terms");
        assertEquals(replacement.get("title"), (String) tasks.path("items[3].title"));

        as(office.managerToken()).header("If-Match", "\"0\"").post(path + "/deactivate").then().statusCode(412);
        as(office.managerToken()).header("If-Match", "\"1\"").post(path + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        as(office.managerToken()).post(path + "/deactivate").then().statusCode(409);
        replacement.put("horizonDays", 10);
        as(office.managerToken()).body(replacement).put(path).then().statusCode(200).body("tasksCreated", equalTo(0));
        generator.generate();
        assertEquals(4, (int) tasksOf(office).path("totalItems"), "an inactive template generates nothing; its tasks stay");
        as(office.managerToken()).queryParam("department", office.department()).queryParam("active", true).get(TEMPLATES)
                .then().body("totalItems", equalTo(0));

        as(office.managerToken()).post(path + "/activate").then().statusCode(200)
                .body("template.active", equalTo(true)).body("tasksCreated", equalTo(7));
        as(office.managerToken()).post(path + "/activate").then().statusCode(409);
        assertEquals(11, (int) tasksOf(office).path("totalItems"));
        assertEquals(2, auditEntries(id, "task-template.updated"));
        assertEquals(1, auditEntries(id, "task-template.deactivated"));
        assertEquals(1, auditEntries(id, "task-template.activated"));
    }

    @Test
    void theDepartmentsManagersWriteTopManagersReadOthersAreRefusedRuleByRule() {
        UUID parentManager = UUID.randomUUID();
        UUID parent = StaffFeed.department(null, parentManager);
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(parent, manager);
        Office other = Work.office();
        // A line manager (office-manager role) of someone in the department, who does not manage the department.
        UUID lineManager = StaffFeed.hire(department, manager, List.of());
        UUID report = StaffFeed.hire(department, lineManager, List.of());
        String managerToken = Tokens.officeManager(manager);
        Map<String, Object> body = template(department, null, daily(), 2);

        as(Tokens.employee(report)).body(body).post(TEMPLATES).then().statusCode(403);
        as(Tokens.officeManager(lineManager)).body(body).post(TEMPLATES).then().statusCode(403);
        as(other.managerToken()).body(body).post(TEMPLATES).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).body(body).post(TEMPLATES).then().statusCode(403);
        String id = create(managerToken, body).path("template.id");
        create(Tokens.officeManager(parentManager), template(department, null, daily(), 0));
        asAdmin().body(template(department, null, daily(), 0)).post(TEMPLATES).then().statusCode(201);
        String path = TEMPLATES + "/" + id;

        as(Tokens.topManager(UUID.randomUUID())).get(path).then().statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).queryParam("department", department).get(TEMPLATES).then().statusCode(200)
                .body("totalItems", equalTo(3));
        as(Tokens.officeManager(parentManager)).get(path).then().statusCode(200);
        as(Tokens.employee(report)).get(path).then().statusCode(403);
        as(Tokens.employee(report)).queryParam("department", department).get(TEMPLATES).then().statusCode(403);
        as(Tokens.officeManager(lineManager)).get(path).then().statusCode(403);
        as(Tokens.officeManager(lineManager)).queryParam("department", department).get(TEMPLATES).then().statusCode(403);
        as(other.managerToken()).get(path).then().statusCode(403);
        as(other.managerToken()).queryParam("department", department).get(TEMPLATES).then().statusCode(403);

        Map<String, Object> replacement = new HashMap<>(body);
        replacement.remove("departmentId");
        as(Tokens.topManager(UUID.randomUUID())).body(replacement).put(path).then().statusCode(403);
        as(Tokens.officeManager(lineManager)).body(replacement).put(path).then().statusCode(403);
        as(other.managerToken()).body(replacement).put(path).then().statusCode(403);
        as(other.managerToken()).post(path + "/deactivate").then().statusCode(403);
        as(Tokens.employee(report)).post(path + "/deactivate").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).post(path + "/deactivate").then().statusCode(403);
        as(managerToken).get(path).then().statusCode(200).body("version", equalTo(0)).body("active", equalTo(true));
        as(Tokens.officeManager(parentManager)).post(path + "/deactivate").then().statusCode(200);
        as(other.managerToken()).post(path + "/activate").then().statusCode(403);
    }

    @Test
    void badTemplatesAreRefusedNamingTheField() {
        Office office = Work.office();
        Map<String, Object> weeklyWithoutDays = template(office.department(), null, Map.of("kind", "WEEKLY", "daysOfWeek", List.of()), 7);
        refused(office, weeklyWithoutDays, "recurrence.daysOfWeek");
        refused(office, template(office.department(), null, Map.of("kind", "MONTHLY", "dayOfMonth", 32), 7), "recurrence.dayOfMonth");
        refused(office, template(office.department(), null, Map.of("kind", "MONTHLY", "dayOfMonth", 0), 7), "recurrence.dayOfMonth");
        refused(office, template(office.department(), null, Map.of("kind", "MONTHLY"), 7), "recurrence.dayOfMonth");
        refused(office, template(office.department(), null, Map.of("kind", "DAILY", "dayOfMonth", 3), 7), "recurrence.dayOfMonth");
        refused(office, template(office.department(), null, Map.of("kind", "YEARLY"), 7), "recurrence.kind");
        refused(office, template(office.department(), null, Map.of("kind", "WEEKLY", "daysOfWeek", List.of("FUNDAY")), 7),
                "recurrence.daysOfWeek[0]");
        refused(office, template(office.department(), null, daily(), 367), "horizonDays");
        refused(office, template(office.department(), null, daily(), -1), "horizonDays");
        Map<String, Object> lateDeadline = template(office.department(), null, daily(), 3);
        lateDeadline.put("deadlineDaysAfter", 91);
        refused(office, lateDeadline, "deadlineDaysAfter");
        Map<String, Object> badLevel = template(office.department(), null, daily(), 3);
        badLevel.put("requiredSkills", List.of(Map.of("skillId", office.skill(), "minLevel", 6)));
        refused(office, badLevel, "requiredSkills[0].minLevel");
        Map<String, Object> twice = template(office.department(), null, daily(), 3);
        twice.put("requiredSkills", List.of(Map.of("skillId", office.skill(), "minLevel", 1), Map.of("skillId", office.skill(), "minLevel", 2)));
        refused(office, twice, "requiredSkills[1].skillId");
        Map<String, Object> untitled = template(office.department(), null, daily(), 3);
        untitled.remove("title");
        refused(office, untitled, "title");
        Map<String, Object> noRecurrence = template(office.department(), null, daily(), 3);
        noRecurrence.remove("recurrence");
        refused(office, noRecurrence, "recurrence");
        assertEquals(0, (int) tasksOf(office).path("totalItems"));
        as(office.managerToken()).queryParam("department", office.department()).get(TEMPLATES).then().body("totalItems", equalTo(0));
    }

    private static void refused(Office office, Map<String, Object> body, String field) {
        as(office.managerToken()).body(body).post(TEMPLATES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
