package io.bureau.scheduling.plan;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A pinned task stays with its assignee in every plan; unpinning, reassigning or taking it back lets the planner move it. */
@QuarkusTest
class PinApiTest {

    record Desk(Office office, UUID junior, UUID task) {
    }

    /** The office's clerk (Bookkeeping 3) and a junior (Bookkeeping 1); one urgent task needing level 1, given to the junior. */
    static Desk desk() {
        Office office = Work.office();
        UUID junior = StaffFeed.hire(office.department(), office.manager(), List.of(StaffFeed.skill(office.skill(), "Bookkeeping", 1)));
        Map<String, Object> body = Work.task(office.department(), office.skill(), 1, 4, LocalDate.now().plusDays(10));
        body.put("priority", 1);
        UUID task = Work.create(office.managerToken(), body);
        Work.assign(office, task, junior);
        return new Desk(office, junior, task);
    }

    static ExtractableResponse<Response> plannedFor(Desk desk) {
        ExtractableResponse<Response> plan = as(desk.office().managerToken())
                .body(Map.of("departmentId", desk.office().department(), "from", LocalDate.now(), "to", LocalDate.now().plusDays(20)))
                .post("/api/v1/plans").then().statusCode(201).extract();
        return plan;
    }

    static String personFor(ExtractableResponse<Response> plan, UUID task) {
        return plan.path("assignments.find { it.taskId == '" + task + "' }.personId");
    }

    static String etag(Desk desk) {
        return as(desk.office().managerToken()).get("/api/v1/tasks/" + desk.task()).then().extract().header("ETag");
    }

    @Test
    void aPinnedTaskStaysWithItsAssigneeEvenWhenAColleagueWouldBeBetterAndUnpinnedItMayMove() {
        Desk desk = desk();
        String path = "/api/v1/tasks/" + desk.task();
        assertEquals(desk.office().clerk().toString(), personFor(plannedFor(desk), desk.task()),
                "unpinned, the urgent work goes to the stronger colleague");

        as(desk.office().managerToken()).header("If-Match", "\"0\"").post(path + "/pin").then().statusCode(412);
        as(desk.office().managerToken()).header("If-Match", etag(desk)).post(path + "/pin").then().statusCode(200)
                .body("pinned", equalTo(true)).body("assigneeId", equalTo(desk.junior().toString()));
        ExtractableResponse<Response> pinned = plannedFor(desk);
        assertEquals(desk.junior().toString(), personFor(pinned, desk.task()));
        assertEquals(Boolean.TRUE, pinned.path("assignments.find { it.taskId == '" + desk.task() + "' }.kept"));
        assertEquals(Boolean.FALSE, pinned.path("assignments.find { it.taskId == '" + desk.task() + "' }.changed"));
        as(desk.office().managerToken()).post("/api/v1/plans/" + pinned.path("id") + "/apply").then().statusCode(200);
        as(desk.office().managerToken()).get(path).then().body("assigneeId", equalTo(desk.junior().toString()))
                .body("pinned", equalTo(true));

        as(desk.office().managerToken()).header("If-Match", etag(desk)).post(path + "/unpin").then().statusCode(200)
                .body("pinned", equalTo(false));
        as(desk.office().managerToken()).post(path + "/unpin").then().statusCode(200).body("pinned", equalTo(false));
        assertEquals(desk.office().clerk().toString(), personFor(plannedFor(desk), desk.task()));
    }

    @Test
    void reassigningOrTakingTheTaskBackEndsThePinAndOnlyAnAssignedTaskCanBePinned() {
        Desk desk = desk();
        String path = "/api/v1/tasks/" + desk.task();
        String manager = desk.office().managerToken();
        as(manager).post(path + "/pin").then().statusCode(200).body("pinned", equalTo(true));
        Work.assign(desk.office(), desk.task(), desk.office().clerk());
        as(manager).get(path).then().body("pinned", equalTo(false));
        as(manager).post(path + "/pin").then().statusCode(200);
        as(manager).post(path + "/unassign").then().statusCode(200).body("pinned", equalTo(false)).body("status", equalTo("OPEN"));
        as(manager).post(path + "/pin").then().statusCode(409).body("errors[0].field", equalTo("status"));
        Work.assign(desk.office(), desk.task(), desk.junior());
        as(manager).post(path + "/pin").then().statusCode(200);
        as(Tokens.employee(desk.junior())).post(path + "/start").then().statusCode(200).body("pinned", equalTo(false));
        as(manager).post(path + "/pin").then().statusCode(409);
    }

    @Test
    void onlyTheDepartmentsManagersPin() {
        Desk desk = desk();
        String path = "/api/v1/tasks/" + desk.task();
        Office other = Work.office();
        as(Tokens.employee(desk.junior())).post(path + "/pin").then().statusCode(403);
        as(other.managerToken()).post(path + "/pin").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).post(path + "/pin").then().statusCode(403);
        as(desk.office().managerToken()).get(path).then().body("pinned", equalTo(false));
        as(desk.office().managerToken()).post(path + "/pin").then().statusCode(200);
        as(other.managerToken()).post(path + "/unpin").then().statusCode(403);
        as(Tokens.employee(desk.junior())).post(path + "/unpin").then().statusCode(403);
        as(desk.office().managerToken()).get(path).then().body("pinned", equalTo(true));
    }
}
