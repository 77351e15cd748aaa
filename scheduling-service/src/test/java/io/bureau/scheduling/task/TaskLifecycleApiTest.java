package io.bureau.scheduling.task;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.bureau.testing.KafkaEvents.Event;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A task from creation to acceptance through the API, with its events read back from the real broker. */
@QuarkusTest
class TaskLifecycleApiTest {

    @Test
    void aTaskGoesFromOpenThroughAReturnToAcceptedAndPublishesEachStep() throws Exception {
        Office office = Work.office();
        UUID task = Work.create(office);
        String path = "/api/v1/tasks/" + task;
        as(office.managerToken()).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("allowedTransitions", contains("ASSIGNED", "CANCELLED"))
                .body("requiredSkills[0].skillId", equalTo(office.skill().toString()));

        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post(path + "/assign").then().statusCode(200)
                .body("task.status", equalTo("ASSIGNED")).body("task.assigneeId", equalTo(office.clerk().toString()))
                .body("warnings", empty());
        as(office.clerkToken()).post(path + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        as(office.clerkToken()).post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(office.managerToken()).body(Map.of("reasons", "Two receipts are missing")).post(path + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("returnReasons", equalTo("Two receipts are missing"));
        as(office.clerkToken()).post(path + "/start").then().statusCode(200);
        as(office.clerkToken()).post(path + "/submit").then().statusCode(200);
        as(office.managerToken()).body(Map.of("qualityScore", 4, "comments", "Tidy")).post(path + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("onTime", equalTo(true))
                .body("qualityScore", equalTo(4)).body("allowedTransitions", empty());

        List<Event> events = Work.eventsUntil(task, TaskEvents.ACCEPTED);
        assertEquals(List.of(TaskEvents.CREATED, TaskEvents.ASSIGNED, TaskEvents.STARTED, TaskEvents.SUBMITTED, TaskEvents.RETURNED,
                TaskEvents.STARTED, TaskEvents.SUBMITTED, TaskEvents.ACCEPTED), events.stream().map(Event::type).toList());
        JsonNode accepted = new ObjectMapper().readTree(events.get(events.size() - 1).value());
        assertTrue(accepted.path("onTime").asBoolean(false), accepted.toString());
        assertEquals(4, accepted.path("qualityScore").asInt());
        assertEquals(office.clerk().toString(), accepted.path("assigneeId").asText());
        assertEquals(1, accepted.path("returnCount").asInt());
        assertTrue(events.stream().noneMatch(e -> e.value().contains("receipts")), "return reasons are not published");
        assertEquals("/scheduling-service", events.get(0).headers().get("ce_source"));
    }

    @Test
    void anIllegalMoveIs409WithTheAllowedMoves() {
        Office office = Work.office();
        UUID task = Work.create(office);
        as(office.managerToken()).body(Map.of("qualityScore", 3)).post("/api/v1/tasks/" + task + "/accept").then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bureau:problem:illegal-transition"))
                .body("currentState", equalTo("OPEN"))
                .body("allowedTransitions", contains("ASSIGNED", "CANCELLED"));
        as(office.managerToken()).body(Map.of()).post("/api/v1/tasks/" + task + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(office.managerToken()).body(Map.of()).post("/api/v1/tasks/" + task + "/cancel").then().statusCode(409)
                .body("allowedTransitions", empty());
        assertEquals(TaskEvents.CANCELLED, Work.eventsUntil(task, TaskEvents.CANCELLED).get(1).type());
    }

    @Test
    void anEditNeedsTheCurrentVersionAndAFutureDeadline() {
        Office office = Work.office();
        UUID task = Work.create(office);
        Map<String, Object> edit = Work.task(office.department(), office.skill(), 3, 6, LocalDate.now().plusDays(20));
        edit.remove("departmentId");
        as(office.managerToken()).header("If-Match", "\"7\"").body(edit).put("/api/v1/tasks/" + task).then().statusCode(412);
        as(office.managerToken()).header("If-Match", "\"0\"").body(edit).put("/api/v1/tasks/" + task).then().statusCode(200)
                .header("ETag", not(equalTo("\"0\""))).body("estimatedHours", equalTo(6.0f))
                .body("requiredSkills[0].minLevel", equalTo(3));
        edit.put("deadline", LocalDate.now().minusDays(1));
        as(office.managerToken()).body(edit).put("/api/v1/tasks/" + task).then().statusCode(400)
                .body("errors.field", hasItem("deadline"));
    }

    @Test
    void aTaskCannotComeBeforeItselfOrWaitForAnotherDepartment() {
        Office office = Work.office();
        Office other = Work.office();
        UUID first = Work.create(office);
        UUID second = Work.create(office);
        UUID foreign = Work.create(other);
        Map<String, Object> body = Work.task(office.department(), null, 1, 1, LocalDate.now().plusDays(5));
        body.put("predecessorIds", List.of(foreign));
        as(office.managerToken()).body(body).post("/api/v1/tasks").then().statusCode(400).body("errors.field", hasItem("predecessorIds"));

        Map<String, Object> edit = Work.task(office.department(), null, 1, 1, LocalDate.now().plusDays(5));
        edit.remove("departmentId");
        edit.put("predecessorIds", List.of(first));
        as(office.managerToken()).body(edit).put("/api/v1/tasks/" + second).then().statusCode(200);
        edit.put("predecessorIds", List.of(second));
        as(office.managerToken()).body(edit).put("/api/v1/tasks/" + first).then().statusCode(400)
                .body("errors[0].message", startsWith("would make a cycle"));
    }

    @Test
    void workWaitsForItsPredecessors() {
        Office office = Work.office();
        UUID first = Work.create(office);
        Map<String, Object> body = Work.task(office.department(), office.skill(), 1, 1, LocalDate.now().plusDays(5));
        body.put("predecessorIds", List.of(first));
        UUID second = Work.create(office.managerToken(), body);
        as(office.managerToken()).body(Map.of("assigneeId", office.clerk())).post("/api/v1/tasks/" + second + "/assign").then()
                .statusCode(200).body("warnings.rule", contains("PREDECESSORS"));
        as(office.clerkToken()).post("/api/v1/tasks/" + second + "/start").then().statusCode(409)
                .body("detail", containsString(first.toString()));
        as(office.managerToken()).body(Map.of()).post("/api/v1/tasks/" + first + "/cancel").then().statusCode(200);
        as(office.clerkToken()).post("/api/v1/tasks/" + second + "/start").then().statusCode(200);
    }

    @Test
    void reassigningPublishesUnassignedForThePreviousAssignee() {
        Office office = Work.office();
        UUID colleague = StaffFeed.hire(office.department(), office.manager(), List.of(StaffFeed.skill(office.skill(), "Bookkeeping", 4)));
        UUID task = Work.create(office);
        Work.assign(office, task, office.clerk());
        Work.assign(office, task, colleague);
        List<Event> events = Work.eventsUntil(task, TaskEvents.UNASSIGNED);
        assertTrue(events.get(events.size() - 1).value().contains(office.clerk().toString()));
        as(office.clerkToken()).get("/api/v1/tasks/" + task).then().statusCode(403);
        as(Tokens.employee(colleague)).get("/api/v1/tasks/" + task).then().statusCode(200);
    }

    @Test
    void commentsComeFromTheAssigneeAndTheDepartmentsManagers() {
        Office office = Work.office();
        UUID peer = StaffFeed.hire(office.department(), office.manager(), List.of());
        UUID task = Work.create(office);
        Work.assign(office, task, office.clerk());
        String comments = "/api/v1/tasks/" + task + "/comments";
        as(office.clerkToken()).body(Map.of("body", "Where is the November folder?")).post(comments).then().statusCode(201);
        as(office.managerToken()).body(Map.of("body", "Second drawer")).post(comments).then().statusCode(201);
        as(Tokens.employee(peer)).body(Map.of("body", "Me too")).post(comments).then().statusCode(403);
        as(Tokens.employee(peer)).get(comments).then().statusCode(403);
        as(office.clerkToken()).get(comments).then().statusCode(200)
                .body("items.body", contains("Where is the November folder?", "Second drawer"));
    }

    @Test
    void accessIsCheckedOneRelationAtATime() {
        Office office = Work.office();
        Office other = Work.office();
        UUID peer = StaffFeed.hire(office.department(), office.manager(), List.of());
        UUID task = Work.create(office);
        String path = "/api/v1/tasks/" + task;
        // An employee cannot create; another department's manager can neither create here nor assign.
        as(office.clerkToken()).body(Work.task(office.department(), null, 1, 1, LocalDate.now().plusDays(3)))
                .post("/api/v1/tasks").then().statusCode(403);
        as(other.managerToken()).body(Work.task(office.department(), null, 1, 1, LocalDate.now().plusDays(3)))
                .post("/api/v1/tasks").then().statusCode(403);
        as(other.managerToken()).body(Map.of("assigneeId", office.clerk())).post(path + "/assign").then().statusCode(403);
        as(other.managerToken()).get(path).then().statusCode(403);
        Work.assign(office, task, office.clerk());
        // A peer neither reads nor moves someone else's task; a top manager reads but does not review.
        as(Tokens.employee(peer)).get(path).then().statusCode(403);
        as(Tokens.employee(peer)).post(path + "/start").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get(path).then().statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).post(path + "/start").then().statusCode(403);
        // The top-manager role reads only: even naming the assignee, it alone moves nothing.
        as(TestTokens.employee(office.clerk(), "top-manager")).post(path + "/start").then().statusCode(403);
        as(TestTokens.employee(office.clerk(), "top-manager")).post(path + "/submit").then().statusCode(403);
        // The department's manager does not do the assignee's work.
        as(office.managerToken()).post(path + "/start").then().statusCode(403);
        as(office.clerkToken()).post(path + "/start").then().statusCode(200);
        as(office.clerkToken()).post(path + "/submit").then().statusCode(200);
        as(office.clerkToken()).body(Map.of("qualityScore", 5)).post(path + "/accept").then().statusCode(403);
        // The lists show each caller what they may see.
        as(office.clerkToken()).get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(task.toString()));
        as(Tokens.employee(peer)).get("/api/v1/tasks").then().statusCode(200).body("items.id", not(hasItem(task.toString())));
        as(other.managerToken()).get("/api/v1/tasks").then().statusCode(200).body("items.id", not(hasItem(task.toString())));
        as(TestTokens.admin()).queryParam("department", office.department()).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(task.toString()));
    }

    @Test
    void aManagerNeverReviewsTheirOwnWork() {
        Office office = Work.office();
        StaffFeed.employeeEvent("hired", office.manager(), StaffFeed.now(), StaffFeed.profile(office.manager(), office.department(),
                null, "Office manager", 37.5, StaffFeed.WEEKDAYS, List.of(StaffFeed.skill(office.skill(), "Bookkeeping", 5))));
        StaffFeed.awaitRosterEntry(office.manager());
        UUID task = Work.create(office);
        Work.assign(office, task, office.manager());
        String path = "/api/v1/tasks/" + task;
        as(office.managerToken()).post(path + "/start").then().statusCode(200);
        as(office.managerToken()).post(path + "/submit").then().statusCode(200);
        as(office.managerToken()).body(Map.of("qualityScore", 5)).post(path + "/accept").then().statusCode(403);
        as(TestTokens.admin()).body(Map.of("qualityScore", 5)).post(path + "/accept").then().statusCode(200);
    }
}
