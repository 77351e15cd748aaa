package io.bureau.scheduling.roster;

import static io.bureau.scheduling.StaffFeed.employeeEvent;
import static io.bureau.scheduling.StaffFeed.now;
import static io.bureau.scheduling.StaffFeed.skill;
import static io.bureau.scheduling.Tokens.as;
import static io.bureau.scheduling.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The admin's replay of staff's topics rebuilds the roster exactly as incremental consumption built it. */
@QuarkusTest
class RosterRebuildTest {

    static final String REBUILD = "/api/v1/roster/rebuild";

    @Inject
    DataSource dataSource;

    /** Two departments, and people whose events came in every way the roster has to cope with. */
    record Story(UUID upper, UUID lower, UUID manager, List<UUID> people) {
    }

    static Story story() {
        UUID top = UUID.randomUUID();
        UUID upper = StaffFeed.department(null, top);
        UUID manager = UUID.randomUUID();
        UUID lower = StaffFeed.department(upper, manager);
        UUID bookkeeping = UUID.randomUUID();
        LocalDate day = LocalDate.now().plusDays(20);

        // Hired with skills, then away (one absence kept, one cancelled), new skills, on leave.
        UUID ada = StaffFeed.hire(lower, manager, List.of(skill(bookkeeping, "Bookkeeping", 2)));
        employeeEvent("absence-recorded", ada, now(), Map.of("employeeId", ada, "absenceId", UUID.randomUUID(), "kind", "LEAVE",
                "firstDay", day, "lastDay", day.plusDays(3)));
        UUID cancelled = UUID.randomUUID();
        employeeEvent("absence-recorded", ada, now(), Map.of("employeeId", ada, "absenceId", cancelled, "kind", "TRAINING",
                "firstDay", day.plusDays(10), "lastDay", day.plusDays(10)));
        employeeEvent("absence-cancelled", ada, now(), Map.of("employeeId", ada, "absenceId", cancelled,
                "firstDay", day.plusDays(10), "lastDay", day.plusDays(10)));
        employeeEvent("skills-changed", ada, now(), Map.of("employeeId", ada, "skills",
                List.of(skill(bookkeeping, "Bookkeeping", 4, day.plusDays(100)), skill(UUID.randomUUID(), "Filing", 1, null))));
        employeeEvent("status-changed", ada, now(), Map.of("employeeId", ada, "previousStatus", "ACTIVE", "status", "ON_LEAVE",
                "since", day, "until", day.plusDays(30)));

        // Out of order: the newer profile and skills arrive first; the older ones change nothing.
        UUID ben = StaffFeed.hire(lower, manager, List.of());
        OffsetDateTime newer = now().plusSeconds(10);
        employeeEvent("updated", ben, newer, StaffFeed.profile(ben, lower, manager, "Newer", 30, StaffFeed.WEEKDAYS, null));
        employeeEvent("updated", ben, newer.minusSeconds(5), StaffFeed.profile(ben, lower, manager, "Older", 20, StaffFeed.WEEKDAYS, null));
        // Redelivered: the same event id twice; were it applied twice, the second (altered) payload would win the tie.
        String eventId = UUID.randomUUID().toString();
        OffsetDateTime at = newer.plusSeconds(1);
        StaffFeed.publish(StaffFeed.EMPLOYEE_TOPIC, eventId, "bureau.staff.employee.updated.v1", ben, at,
                StaffFeed.profile(ben, lower, manager, "Senior clerk", 30, StaffFeed.WEEKDAYS, null));
        StaffFeed.publish(StaffFeed.EMPLOYEE_TOPIC, eventId, "bureau.staff.employee.updated.v1", ben, at,
                StaffFeed.profile(ben, lower, manager, "Applied twice", 30, StaffFeed.WEEKDAYS, null));
        // Refused (dead-lettered): skills without a name.
        employeeEvent("skills-changed", ben, now(), Map.of("employeeId", ben, "skills", List.of(Map.of("skillId", UUID.randomUUID(), "level", 3))));

        // Terminated; and someone the roster knows only from an absence (their hire never arrived).
        UUID cy = StaffFeed.hire(upper, top, List.of());
        employeeEvent("terminated", cy, now(), Map.of("employeeId", cy, "lastWorkingDay", LocalDate.now()));
        UUID ghost = UUID.randomUUID();
        employeeEvent("absence-recorded", ghost, now(), Map.of("employeeId", ghost, "absenceId", UUID.randomUUID(), "kind", "LEAVE",
                "firstDay", day, "lastDay", day));
        for (UUID person : List.of(ada, ben, cy)) {
            StaffFeed.awaitAllHandled(person);
        }
        return new Story(upper, lower, manager, List.of(ada, ben, cy, ghost));
    }

    /** The person known only from an absence is not listed: wait for their row in the database. */
    void awaitGhost(Story story) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                query("select id from roster_absence where person_id = '" + story.people().get(3) + "'").size() == 1);
    }

    /** Every roster row about the story's departments and people, all columns but the version, as text. */
    List<String> rows(Story story) throws Exception {
        String people = inList(story.people());
        String departments = inList(List.of(story.upper(), story.lower()));
        List<String> rows = new ArrayList<>();
        rows.addAll(query("select * from roster_department where id in " + departments + " order by id"));
        rows.addAll(query("select * from roster_person where id in " + people + " order by id"));
        rows.addAll(query("select * from roster_skill where person_id in " + people + " order by person_id, skill_id"));
        rows.addAll(query("select * from roster_absence where person_id in " + people + " order by person_id, id"));
        return rows;
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder(meta.getTableName(1)).append(':');
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.getColumnName(i).equals("version")) {
                        row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                    }
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private void execute(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String inList(List<UUID> ids) {
        return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + ", " + b).map(s -> "(" + s + ")").orElseThrow();
    }

    @Test
    void aReplayIntoACorruptedRosterBuildsWhatIncrementalConsumptionBuilt() throws Exception {
        Story story = story();
        awaitGhost(story);
        UUID ada = story.people().get(0);
        UUID ben = story.people().get(1);
        asAdmin().get("/api/v1/roster/" + ben).then().body("position", equalTo("Senior clerk"));
        List<String> before = rows(story);
        // 2 departments, 4 people, Ada's 2 skills, 6 absences (Ada's, her cancelled one and her marker, Ben's and Cy's markers, the ghost's).
        assertEquals(2 + 4 + 2 + 6, before.size(), String.join("\n", before));

        execute("update roster_person set position = 'Corrupted', skills_as_of = null where id = '" + ben + "'",
                "delete from roster_skill where person_id = '" + ada + "'",
                "delete from roster_absence where person_id in " + inList(story.people()),
                "delete from roster_department where id = '" + story.lower() + "'");
        assertNotEquals(before, rows(story));
        asAdmin().get("/api/v1/roster/" + ben).then().body("position", equalTo("Corrupted"));

        ExtractableResponse<Response> rebuilt = asAdmin().post(REBUILD).then().statusCode(200).extract();
        assertEquals(before, rows(story));
        assertTrue(rebuilt.<Integer>path("recordsRead") >= 20, rebuilt.asString());
        assertTrue(rebuilt.<Integer>path("duplicatesSkipped") >= 1, rebuilt.asString());
        assertTrue(rebuilt.<Integer>path("refusedSkipped") >= 1, rebuilt.asString());
        assertTrue(rebuilt.<Integer>path("people") >= 3, rebuilt.asString());
        assertEquals((int) rebuilt.<Integer>path("recordsRead"), rebuilt.<Integer>path("eventsApplied")
                + rebuilt.<Integer>path("duplicatesSkipped") + rebuilt.<Integer>path("refusedSkipped"));
        asAdmin().get("/api/v1/roster/" + ben).then().body("position", equalTo("Senior clerk"));
        as(Tokens.officeManager(story.manager())).queryParam("department", story.lower()).get("/api/v1/roster").then()
                .statusCode(200).body("totalItems", equalTo(2));

        // A second replay over the rebuilt roster changes nothing either.
        asAdmin().post(REBUILD).then().statusCode(200);
        assertEquals(before, rows(story));
        assertEquals(List.of(), StaffFeed.deadLettersAbout(ada));
        assertEquals(1, query("select id from audit_entry where entity_type = 'roster' and action = 'roster.rebuilt' and entity_id = '"
                + rebuilt.path("rebuildId") + "' and actor_roles like '%admin%'").size());
    }

    @Test
    void liveEventsWaitWhileTheRosterIsRebuiltAndAreAppliedAfterwardsNeverDeadLettered() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID person = StaffFeed.hire(department, manager, List.of());
        try (Connection replay = dataSource.getConnection(); Statement s = replay.createStatement()) {
            replay.setAutoCommit(false);
            // What a running replay holds.
            s.executeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended('bureau.scheduling.roster', 0))) as l").close();
            employeeEvent("updated", person, now(), StaffFeed.profile(person, department, manager, "While rebuilding", 37.5,
                    StaffFeed.WEEKDAYS, null));
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
            asAdmin().get("/api/v1/roster/" + person).then().body("position", equalTo("Clerk"));
            // A second replay meanwhile is refused at once.
            try (Connection other = dataSource.getConnection(); Statement o = other.createStatement()) {
                other.setAutoCommit(false);
                o.executeQuery("select pg_try_advisory_xact_lock(hashtextextended('bureau.scheduling.roster-rebuild', 0))").close();
                asAdmin().post(REBUILD).then().statusCode(409).body("detail", containsString("already running"));
                other.rollback();
            }
            replay.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "While rebuilding".equals(asAdmin().get("/api/v1/roster/" + person)
                .then().extract().path("position")));
        assertEquals(List.of(), StaffFeed.deadLettersAbout(person));
    }

    @Test
    void onlyAdminsRebuild() {
        UUID manager = UUID.randomUUID();
        as(Tokens.officeManager(manager)).post(REBUILD).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).post(REBUILD).then().statusCode(403);
        as(Tokens.employee(UUID.randomUUID())).post(REBUILD).then().statusCode(403);
    }
}
