package io.bureau.scheduling.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.roster.RosterAbsence;
import io.bureau.scheduling.roster.RosterPerson;
import io.bureau.scheduling.roster.RosterSkill;
import io.bureau.scheduling.roster.RosterStatus;
import io.bureau.scheduling.task.AssignmentRules.Facts;
import io.bureau.scheduling.task.AssignmentRules.Outcome;
import io.bureau.scheduling.task.TaskDtos.TaskRuleNote;

/** Each hard rule and each warning of a manual assignment, with small hand-made cases. */
class AssignmentRulesTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID BOOKKEEPING = UUID.randomUUID();

    private static Task task(int minLevel, double hours, LocalDate deadline) {
        return Task.open(DEPARTMENT, new Task.Terms("Ledger", null, List.of(new RequiredSkill(BOOKKEEPING, minLevel)),
                BigDecimal.valueOf(hours), 1, null, deadline, null, Set.of()), "test", OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static RosterPerson clerk(int level, LocalDate expiresOn) {
        RosterPerson person = new RosterPerson();
        person.id = UUID.randomUUID();
        person.describe(new RosterPerson.Profile("Ada", "Clerk", "Clerk", DEPARTMENT, null, TODAY.minusYears(1),
                new BigDecimal("37.5"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), OffsetDateTime.now(ZoneOffset.UTC));
        person.skills = new ArrayList<>(List.of(new RosterSkill(BOOKKEEPING, "Bookkeeping", level, expiresOn)));
        return person;
    }

    private static Outcome check(Task task, RosterPerson person, List<RosterAbsence> absences, double held, List<Task> predecessors) {
        return AssignmentRules.check(new Facts(task, person, Set.of(DEPARTMENT), absences, BigDecimal.valueOf(held), predecessors,
                Map.of(BOOKKEEPING, "Bookkeeping"), TODAY));
    }

    private static List<String> rules(List<TaskRuleNote> notes) {
        return notes.stream().map(TaskRuleNote::rule).toList();
    }

    private static RosterAbsence absent(RosterPerson person, LocalDate first, LocalDate last) {
        RosterAbsence absence = new RosterAbsence();
        absence.id = UUID.randomUUID();
        absence.describe(person.id, "LEAVE", first, last, false, OffsetDateTime.now(ZoneOffset.UTC));
        return absence;
    }

    @Test
    void aQualifiedFreeColleagueBreaksNothing() {
        Outcome outcome = check(task(3, 4, TODAY.plusDays(4)), clerk(3, null), List.of(), 0, List.of());
        assertEquals(List.of(), outcome.broken());
        assertEquals(List.of(), outcome.warnings());
    }

    @Test
    void someoneNotOnTheRosterIsRefused() {
        assertEquals(List.of("ON_ROSTER"), rules(check(task(1, 1, TODAY.plusDays(4)), null, List.of(), 0, List.of()).broken()));
    }

    @Test
    void aSkillBelowTheLevelIsRefusedNamingSkillAndLevel() {
        Outcome outcome = check(task(3, 4, TODAY.plusDays(4)), clerk(2, null), List.of(), 0, List.of());
        assertEquals(List.of("SKILLS"), rules(outcome.broken()));
        assertEquals("needs Bookkeeping ≥ 3, has level 2", outcome.broken().get(0).message());
    }

    @Test
    void anExpiredSkillIsRefusedAndOneExpiringBeforeTheDeadlineWarns() {
        assertEquals(List.of("SKILLS"), rules(check(task(3, 4, TODAY.plusDays(4)), clerk(3, TODAY.minusDays(1)), List.of(), 0,
                List.of()).broken()));
        Outcome expiring = check(task(3, 4, TODAY.plusDays(4)), clerk(3, TODAY.plusDays(1)), List.of(), 0, List.of());
        assertEquals(List.of(), expiring.broken());
        assertEquals(List.of("SKILL_EXPIRES"), rules(expiring.warnings()));
    }

    @Test
    void someoneOnLeaveOrGoneIsRefused() {
        RosterPerson person = clerk(3, null);
        person.status = RosterStatus.ON_LEAVE;
        assertEquals(List.of("ACTIVE"), rules(check(task(3, 4, TODAY.plusDays(4)), person, List.of(), 0, List.of()).broken()));
        person.status = RosterStatus.TERMINATED;
        assertEquals(List.of("ACTIVE"), rules(check(task(3, 4, TODAY.plusDays(4)), person, List.of(), 0, List.of()).broken()));
    }

    @Test
    void someoneOfAnotherDepartmentIsRefused() {
        RosterPerson person = clerk(3, null);
        person.departmentId = UUID.randomUUID();
        assertEquals(List.of("DEPARTMENT"), rules(check(task(3, 4, TODAY.plusDays(4)), person, List.of(), 0, List.of()).broken()));
    }

    @Test
    void someoneAwayOnEveryWorkingDayBeforeTheDeadlineIsRefused() {
        RosterPerson person = clerk(3, null);
        // Deadline Sunday; away Monday to Friday: no working day left.
        Outcome outcome = check(task(3, 4, TODAY.plusDays(6)), person, List.of(absent(person, TODAY, TODAY.plusDays(4))), 0, List.of());
        assertEquals(List.of("AVAILABLE"), rules(outcome.broken()));
    }

    @Test
    void tooFewFreeHoursWarnsButDoesNotRefuse() {
        RosterPerson person = clerk(3, null);
        // Two working days (Monday, Tuesday) of 7.5 h, Monday away: 7.5 h free, 4 h held, 4 h more needed.
        Outcome outcome = check(task(3, 4, TODAY.plusDays(1)), person, List.of(absent(person, TODAY, TODAY)), 4, List.of());
        assertEquals(List.of(), outcome.broken());
        assertEquals(List.of("CAPACITY"), rules(outcome.warnings()));
        Outcome enough = check(task(3, 4, TODAY.plusDays(1)), person, List.of(absent(person, TODAY, TODAY)), 3.5, List.of());
        assertEquals(List.of(), enough.warnings());
    }

    @Test
    void unfinishedPredecessorsAndAPassedOverPreferenceWarn() {
        Task task = task(3, 4, TODAY.plusDays(4));
        task.preferredAssigneeId = UUID.randomUUID();
        Task predecessor = task(1, 1, TODAY.plusDays(2));
        Outcome outcome = check(task, clerk(3, null), List.of(), 0, List.of(predecessor));
        assertEquals(List.of(), outcome.broken());
        assertEquals(List.of("PREDECESSORS", "PREFERRED_ASSIGNEE"), rules(outcome.warnings()));
    }
}
