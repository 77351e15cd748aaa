package io.bureau.scheduling.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each hard rule and each soft goal of the planner, on small hand-made cases. */
class PlannerTest {

    static final LocalDate MON = LocalDate.of(2026, 12, 7);
    static final UUID BOOKKEEPING = UUID.randomUUID();
    static final UUID FILING = UUID.randomUUID();
    static final Planner.Limits FAST = new Planner.Limits(Duration.ofSeconds(3), Duration.ofMillis(400), true);

    static PlanPerson person(String name, int hoursPerDay, List<PlanPerson.Held> skills, PlanPerson.Away... away) {
        return new PlanPerson(UUID.nameUUIDFromBytes(name.getBytes()), name, skills, hoursPerDay * 100,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(away), null, false);
    }

    static PlanPerson.Held bookkeeping(int level) {
        return new PlanPerson.Held(BOOKKEEPING, "Bookkeeping", level, null);
    }

    static PlanPerson.Held filing(int level) {
        return new PlanPerson.Held(FILING, "Filing", level, null);
    }

    static PlanTask task(String title, int priority, int hours, LocalDate deadline, List<PlanTask.Need> needs,
                         List<PlanTask> predecessors, UUID current, UUID pinned) {
        return new PlanTask(UUID.nameUUIDFromBytes(title.getBytes()), title, priority, hours * 100, null, deadline, needs,
                predecessors.stream().map(PlanTask::getId).toList(), current, pinned);
    }

    static PlanTask task(String title, int priority, int hours, LocalDate deadline, PlanTask.Need... needs) {
        return task(title, priority, hours, deadline, List.of(needs), List.of(), null, null);
    }

    static PlanTask.Need needsBookkeeping(int level) {
        return new PlanTask.Need(BOOKKEEPING, "Bookkeeping", level);
    }

    static PlanTask.Need needsFiling(int level) {
        return new PlanTask.Need(FILING, "Filing", level);
    }

    static Map<String, Explainer.Assignment> byTitle(Planner.Result result) {
        return result.assignments().stream().collect(Collectors.toMap(Explainer.Assignment::title, a -> a));
    }

    static Set<String> reasons(Explainer.Assignment a) {
        return a.whyNot().stream().map(Explainer.Rejection::reason).collect(Collectors.toSet());
    }

    static Planner.Result plan(List<PlanPerson> people, PlanTask... tasks) {
        return Planner.plan(new Planner.Problem(MON, MON.plusDays(13), people, List.of(tasks)), FAST);
    }

    @Test
    void requiredSkillAtLevelAndUnexpired() {
        PlanPerson weak = person("Weak", 8, List.of(bookkeeping(2)));
        PlanPerson expired = person("Expired", 8, List.of(new PlanPerson.Held(BOOKKEEPING, "Bookkeeping", 5, MON.minusDays(1))));
        PlanPerson able = person("Able", 8, List.of(bookkeeping(3)));
        Planner.Result result = plan(List.of(weak, expired, able), task("Ledger", 2, 4, MON.plusDays(4), needsBookkeeping(3)));
        Explainer.Assignment ledger = byTitle(result).get("Ledger");
        assertEquals("Able", ledger.personName());
        assertTrue(result.score().isFeasible());
        assertEquals(Set.of("MISSING_SKILL", "SKILL_EXPIRED"), reasons(ledger));
        assertTrue(ledger.why().contains("Bookkeeping 3 (needs ≥ 3)") && ledger.why().contains("on time"), ledger.why());
    }

    @Test
    void nobodyQualifiedIsUnassignableWithTheReason() {
        PlanPerson away = person("Away", 8, List.of(bookkeeping(4)), new PlanPerson.Away(MON.minusDays(3), MON.plusDays(30)));
        PlanPerson weak = person("Weak", 8, List.of(bookkeeping(1)));
        Planner.Result result = plan(List.of(away, weak),
                task("Ledger", 2, 4, MON.plusDays(4), needsBookkeeping(3)),
                task("Archive", 3, 4, MON.plusDays(4), needsFiling(2)));
        assertEquals(Set.of("nobody with Bookkeeping ≥ 3 is available before " + MON.plusDays(14),
                "nobody with Filing ≥ 2 (unexpired) is on the team"),
                result.unassignable().stream().map(Planner.Unassignable::reason).collect(Collectors.toSet()));
        assertTrue(result.assignments().isEmpty());
    }

    @Test
    void absentDaysAndDaysOffAreNotWorked() {
        PlanPerson away = person("Away", 8, List.of(bookkeeping(3)), new PlanPerson.Away(MON, MON.plusDays(1)));
        Planner.Result result = plan(List.of(away), task("Ledger", 2, 16, MON.plusDays(9), needsBookkeeping(3)));
        Explainer.Assignment ledger = byTitle(result).get("Ledger");
        assertEquals(MON.plusDays(2), ledger.start());
        assertEquals(MON.plusDays(3), ledger.finish());
        // 24 h from Thursday: Thursday, Friday, then the next Monday.
        Planner.Result weekend = plan(List.of(person("Solo", 8, List.of())), task("Long", 3, 24, MON.plusDays(11)));
        assertEquals(MON.plusDays(2), byTitle(weekend).get("Long").finish());
        assertTrue(weekend.schedule().slices.stream().allMatch(s -> s.day() < 5 || s.day() > 6));
    }

    @Test
    void neverBeyondContractedHoursPerDay() {
        PlanPerson half = person("Half", 4, List.of());
        Planner.Result result = plan(List.of(half), task("A", 2, 6, MON.plusDays(9)), task("B", 2, 6, MON.plusDays(9)));
        Map<Integer, Integer> perDay = result.schedule().slices.stream()
                .collect(Collectors.groupingBy(Schedule.Slice::day, Collectors.summingInt(Schedule.Slice::hours)));
        assertTrue(perDay.values().stream().allMatch(h -> h <= 400), perDay.toString());
        assertEquals(1200, perDay.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, perDay.size());
    }

    @Test
    void predecessorsComeFirst() {
        PlanPerson a = person("A", 8, List.of());
        PlanPerson b = person("B", 8, List.of());
        PlanTask first = task("First", 3, 8, MON.plusDays(9), List.of(), List.of(), null, null);
        PlanTask second = task("Second", 1, 8, MON.plusDays(1), List.of(), List.of(first), null, null);
        Map<String, Explainer.Assignment> out = byTitle(plan(List.of(a, b), second, first));
                assertFalse(out.get("Second").start().isBefore(out.get("First").finish()));
    }

    @Test
    void pinnedAndStartedWorkIsKept() {
        PlanPerson busy = person("Busy", 8, List.of(bookkeeping(3)));
        PlanPerson free = person("Free", 8, List.of(bookkeeping(5)));
        PlanTask started = task("Started", 1, 16, MON.plusDays(1), List.of(needsBookkeeping(3)), List.of(), busy.getId(), busy.getId());
        Map<String, Explainer.Assignment> out = byTitle(plan(List.of(busy, free), started));
        assertEquals("Busy", out.get("Started").personName());
        assertTrue(out.get("Started").kept());
        assertTrue(out.get("Started").why().startsWith("kept"));
    }

    @Test
    void greedyIsLateWhereTheEngineIsNot() {
        PlanPerson both = person("Both", 8, List.of(bookkeeping(3), filing(3)));
        PlanPerson one = person("One", 8, List.of(bookkeeping(3)));
        PlanTask ledger = task("A-ledger", 2, 8, MON, needsBookkeeping(3));
        PlanTask archive = task("B-archive", 2, 8, MON, needsFiling(3));
        Planner.Problem problem = new Planner.Problem(MON, MON.plusDays(13), List.of(both, one), List.of(ledger, archive));
        Planner.Result greedy = Planner.greedy(problem, false);
        assertTrue(greedy.schedule().lateness > 0);
        Planner.Result engine = Planner.plan(new Planner.Problem(MON, MON.plusDays(13), List.of(both, one), List.of(ledger, archive)), FAST);
        assertEquals(0, engine.schedule().lateness);
        assertTrue(engine.millisToBeatBaseline() >= 0);
        assertEquals("One", byTitle(engine).get("A-ledger").personName());
        assertTrue(Set.of("FULL", "LATER_FINISH", "DELAYS_OTHERS").containsAll(reasons(byTitle(engine).get("A-ledger"))));
    }

    @Test
    void urgentWorkFirstWhenSomethingMustBeLate() {
        PlanPerson solo = person("Solo", 8, List.of());
        Map<String, Explainer.Assignment> out = byTitle(plan(List.of(solo),
                task("Low", 4, 8, MON), task("Urgent", 1, 8, MON)));
        assertEquals(0, out.get("Urgent").daysLate());
        assertEquals(1, out.get("Low").daysLate());
    }

    @Test
    void workloadIsBalanced() {
        PlanPerson a = person("A", 8, List.of());
        PlanPerson b = person("B", 8, List.of());
        Planner.Result result = plan(List.of(a, b), task("T1", 3, 4, MON.plusDays(9)), task("T2", 3, 4, MON.plusDays(9)),
                task("T3", 3, 4, MON.plusDays(9)), task("T4", 3, 4, MON.plusDays(9)));
        assertEquals(2, result.assignments().stream().filter(x -> x.personName().equals("A")).count());
        assertEquals(List.of(800L, 800L), java.util.Arrays.stream(result.schedule().loadInHorizon).boxed().toList());
    }

    @Test
    void urgentWorkGoesToStrongerLevels() {
        PlanPerson expert = person("Expert", 8, List.of(bookkeeping(5)));
        PlanPerson junior = person("Junior", 8, List.of(bookkeeping(3)));
        Map<String, Explainer.Assignment> out = byTitle(plan(List.of(junior, expert),
                task("Routine", 4, 4, MON.plusDays(9), needsBookkeeping(3)),
                task("Urgent", 1, 4, MON.plusDays(9), needsBookkeeping(3))));
        assertEquals("Expert", out.get("Urgent").personName());
        assertEquals("Junior", out.get("Routine").personName());
        assertTrue(out.get("Urgent").why().contains("Bookkeeping 5 (needs ≥ 3)"), out.get("Urgent").why());
    }

    @Test
    void existingAssignmentsChangeAsLittleAsPossible() {
        PlanPerson a = person("A", 8, List.of());
        PlanPerson b = person("B", 8, List.of());
        Map<String, Explainer.Assignment> out = byTitle(plan(List.of(a, b),
                task("Held", 3, 4, MON.plusDays(9), List.of(), List.of(), b.getId(), null),
                task("New", 3, 4, MON.plusDays(9), List.of(), List.of(), null, null)));
        assertEquals("B", out.get("Held").personName());
        assertFalse(out.get("Held").changed());
        assertEquals("A", out.get("New").personName());
    }

    @Test
    void everyAssignmentIsExplainedAgainstEveryColleague() {
        List<PlanPerson> team = List.of(person("A", 8, List.of(bookkeeping(4))), person("B", 6, List.of(bookkeeping(2))),
                person("C", 8, List.of(filing(3)), new PlanPerson.Away(MON, MON.plusDays(20))));
        Planner.Result result = plan(team, task("L1", 1, 8, MON.plusDays(2), needsBookkeeping(3)),
                task("L2", 2, 4, MON.plusDays(4)), task("L3", 3, 12, MON.plusDays(8)));
        assertEquals(3, result.assignments().size());
        result.assignments().forEach(a -> {
            assertFalse(a.why().isBlank());
            assertEquals(2, a.whyNot().size());
            a.whyNot().forEach(r -> assertFalse(r.detail().isBlank()));
        });
        assertTrue(reasons(byTitle(result).get("L1")).contains("MISSING_SKILL"));
        assertTrue(reasons(byTitle(result).get("L2")).contains("ABSENT"));
    }
}
