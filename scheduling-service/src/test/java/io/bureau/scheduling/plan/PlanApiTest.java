package io.bureau.scheduling.plan;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Plan → inspect → apply, what-ifs, discards, access and the one-at-a-time rule, on the real database and broker. */
@QuarkusTest
class PlanApiTest {

    static final String PLAN_TOPIC = "bureau.scheduling.plan";

    @Inject
    DataSource dataSource;

    record Team(Office office, UUID junior, UUID ledger, UUID filing, UUID impossible) {
    }

    /** The office's clerk (skill 3), a junior (skill 1), a task needing 3, one needing nothing, one needing 5 (nobody). */
    static Team team() {
        Office office = Work.office();
        UUID junior = StaffFeed.hire(office.department(), office.manager(),
                List.of(StaffFeed.skill(office.skill(), "Bookkeeping", 1)));
        LocalDate deadline = LocalDate.now().plusDays(14);
        UUID ledger = Work.create(office.managerToken(), Work.task(office.department(), office.skill(), 3, 6, deadline));
        UUID filing = Work.create(office.managerToken(), Work.task(office.department(), null, 0, 4, deadline));
        UUID impossible = Work.create(office.managerToken(), Work.task(office.department(), office.skill(), 5, 2, deadline));
        return new Team(office, junior, ledger, filing, impossible);
    }

    static Map<String, Object> request(Office office, Map<String, Object> assumptions) {
        return Map.of("departmentId", office.department(), "from", LocalDate.now(), "to", LocalDate.now().plusDays(20),
                "assumptions", assumptions);
    }

    static ExtractableResponse<Response> propose(Office office, Map<String, Object> assumptions) {
        return as(office.managerToken()).body(request(office, assumptions)).post("/api/v1/plans").then()
                .statusCode(201).extract();
    }

    @Test
    void planInspectAndApplyWithExplanationsAndEventsOnTheBroker() {
        Team team = team();
        ExtractableResponse<Response> created = propose(team.office(), Map.of());
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/plans/" + id), created.header("Location"));
        String plan = "/api/v1/plans/" + id;
        as(team.office().managerToken()).get(plan).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("assignments", hasSize(2))
                .body("assignments.why", everyItem(not(emptyString())))
                .body("assignments.whyNot", everyItem(hasSize(1)))
                .body("assignments.find { it.taskId == '" + team.ledger() + "' }.personId", equalTo(team.office().clerk().toString()))
                .body("assignments.find { it.taskId == '" + team.ledger() + "' }.whyNot[0].reason", equalTo("MISSING_SKILL"))
                .body("unassignable", hasSize(1))
                .body("unassignable[0].taskId", equalTo(team.impossible().toString()))
                .body("unassignable[0].reason", startsWith("nobody with Bookkeeping"))
                .body("unassignable[0].reason", containsString("≥ 5"));
        as(Tokens.topManager(UUID.randomUUID())).accept("image/svg+xml").get(plan + "/timeline.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(startsWith("<svg")).body(containsString("Reconcile petty cash"));

        as(team.office().managerToken()).post(plan + "/apply").then().statusCode(200).body("status", equalTo("APPLIED"));
        as(team.office().managerToken()).get("/api/v1/tasks/" + team.ledger()).then()
                .body("status", equalTo("ASSIGNED")).body("assigneeId", equalTo(team.office().clerk().toString()));
        List<KafkaEvents.Event> ledger = Work.eventsUntil(team.ledger(), "bureau.scheduling.task.assigned.v1");
        assertTrue(ledger.get(ledger.size() - 1).value().contains(team.office().clerk().toString()));
        List<KafkaEvents.Event> applied = KafkaEvents.allUntil(e -> id.equals(e.key()), Duration.ofSeconds(60), PLAN_TOPIC)
                .stream().filter(e -> id.equals(e.key())).toList();
        assertEquals("bureau.scheduling.plan.applied.v1", applied.get(0).type());
        assertTrue(applied.get(0).value().contains(team.impossible().toString()), applied.get(0).value());
        as(team.office().managerToken()).post(plan + "/apply").then().statusCode(409);
        as(team.office().managerToken()).post(plan + "/discard").then().statusCode(409);
    }

    @Test
    void aTaskChangedSinceThePlanWasComputedRefusesTheApply() {
        Team team = team();
        String plan = "/api/v1/plans/" + propose(team.office(), Map.of()).path("id");
        Work.assign(team.office(), team.filing(), team.junior());
        as(team.office().managerToken()).post(plan + "/apply").then().statusCode(409)
                .body("detail", containsString("changed since the plan was computed"));
        as(team.office().managerToken()).post(plan + "/discard").then().statusCode(200).body("status", equalTo("DISCARDED"));
        as(team.office().managerToken()).post(plan + "/apply").then().statusCode(409);
    }

    @Test
    void whatIfsChangeNothingLiveAndAHypotheticalPersonCannotBeApplied() {
        Team team = team();
        Map<String, Object> assumptions = Map.of(
                "absences", List.of(Map.of("personId", team.office().clerk(), "firstDay", LocalDate.now(),
                        "lastDay", LocalDate.now().plusDays(30))),
                "extraPeople", List.of(Map.of("name", "Temp", "hoursPerDay", 8,
                        "skills", List.of(Map.of("skillId", team.office().skill(), "level", 5)))));
        ExtractableResponse<Response> plan = propose(team.office(), assumptions);
        assertEquals(Boolean.TRUE, plan.path("hypothetical"));
        assertEquals(List.of(), plan.path("unassignable"));
        assertEquals("Temp (hypothetical)", plan.path("assignments.find { it.taskId == '" + team.impossible() + "' }.personName"));
        as(team.office().managerToken()).post("/api/v1/plans/" + plan.path("id") + "/apply").then().statusCode(409)
                .body("detail", containsString("hypothetical"));
        as(team.office().managerToken()).get("/api/v1/tasks/" + team.ledger()).then().body("status", equalTo("OPEN"));
        as(team.office().managerToken()).get("/api/v1/roster/" + team.office().clerk()).then().body("absences", hasSize(0));
    }

    @Test
    void onlyTheDepartmentsManagersPlanAndApplyTopManagersRead() {
        Team team = team();
        Office other = Work.office();
        String plan = "/api/v1/plans/" + propose(team.office(), Map.of()).path("id");
        as(team.office().clerkToken()).body(request(team.office(), Map.of())).post("/api/v1/plans").then().statusCode(403);
        as(other.managerToken()).body(request(team.office(), Map.of())).post("/api/v1/plans").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).body(request(team.office(), Map.of())).post("/api/v1/plans").then().statusCode(403);
        as(team.office().clerkToken()).get(plan).then().statusCode(403);
        as(other.managerToken()).get(plan).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get(plan).then().statusCode(200);
        as(other.managerToken()).post(plan + "/apply").then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).post(plan + "/apply").then().statusCode(403);
        as(team.office().clerkToken()).post(plan + "/discard").then().statusCode(403);
        as(team.office().managerToken()).get(plan).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void aSecondComputationForTheSameDepartmentIsRefusedWhileOneRuns() throws Exception {
        Office office = Work.office();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(PlanService.lockSql("?"))) {
                lock.setString(1, office.department().toString());
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getBoolean(1));
                }
            }
            as(office.managerToken()).body(request(office, Map.of())).post("/api/v1/plans").then().statusCode(409)
                    .body("detail", containsString("is being computed"));
            holder.rollback();
        }
        as(office.managerToken()).body(request(office, Map.of())).post("/api/v1/plans").then().statusCode(201);
    }
}
