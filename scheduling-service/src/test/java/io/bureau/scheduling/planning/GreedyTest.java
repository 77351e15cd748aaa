package io.bureau.scheduling.planning;

import static io.bureau.scheduling.planning.PlannerTest.MON;
import static io.bureau.scheduling.planning.PlannerTest.needsBookkeeping;
import static io.bureau.scheduling.planning.PlannerTest.person;
import static io.bureau.scheduling.planning.PlannerTest.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The baseline: earliest deadline first, to the least-loaded person qualified on the day they would finish. */
class GreedyTest {

    static PlanPerson.Held bookkeepingUntil(int level, int days) {
        return new PlanPerson.Held(PlannerTest.BOOKKEEPING, "Bookkeeping", level, MON.plusDays(days));
    }

    static Planner.Result greedy(List<PlanPerson> people, PlanTask... tasks) {
        return Planner.greedy(new Planner.Problem(MON, MON.plusDays(13), people, List.of(tasks)), false);
    }

    static String holder(Planner.Result result, String title) {
        return result.solution().getPeople().stream()
                .filter(p -> p.getTasks().stream().anyMatch(t -> t.getTitle().equals(title)))
                .map(PlanPerson::getName).findFirst().orElseThrow();
    }

    @Test
    void skipsSomeoneWhoseSkillExpiresBeforeTheyWouldFinish() {
        // Nobody's skill holds until the deadline; Soon's runs out on Tuesday, Later's on Friday. The
        // 24 h of work end on Wednesday either way: only Later is still qualified then.
        PlanPerson soon = person("Soon", 8, List.of(bookkeepingUntil(5, 1)));
        PlanPerson later = person("Later", 8, List.of(bookkeepingUntil(3, 4)));
        Planner.Result result = greedy(List.of(soon, later), task("Ledger", 2, 24, MON.plusDays(9), needsBookkeeping(3)));
        assertEquals("Later", holder(result, "Ledger"));
        assertTrue(result.score().isFeasible(), result.score().toString());
        assertEquals(MON.plusDays(2), result.schedule().day(result.schedule().finish[result.solution().getTasks().get(0).getIndex()]));
    }

    @Test
    void theFinishingDayDependsOnThePersonsHours() {
        // Both hold the skill until Friday, past neither's first day but before the deadline. Half
        // (4 h a day, listed first) would finish the 24 h on the next Monday; Full (8 h) on Wednesday.
        PlanPerson half = person("Half", 4, List.of(bookkeepingUntil(4, 4)));
        PlanPerson full = person("Full", 8, List.of(bookkeepingUntil(3, 4)));
        Planner.Result result = greedy(List.of(half, full),
                task("Ledger", 2, 24, MON.plusDays(9), needsBookkeeping(3)),
                task("Filing", 3, 4, MON.plusDays(9)));
        assertEquals("Full", holder(result, "Ledger"));
        assertEquals("Half", holder(result, "Filing"));
        assertTrue(result.score().isFeasible(), result.score().toString());
    }

    @Test
    void whenNobodyQualifiesOnTheFinishingDayTheRuleBreaksVisibly() {
        // Only one holder, whose skill runs out on Tuesday; the work ends on Wednesday: the baseline
        // still gives it (to the one qualified on the first day) and the plan shows a broken hard rule.
        PlanPerson soon = person("Soon", 8, List.of(bookkeepingUntil(5, 1)));
        PlanPerson none = person("None", 8, List.of());
        Planner.Result result = greedy(List.of(none, soon), task("Ledger", 2, 24, MON.plusDays(9), needsBookkeeping(3)));
        assertEquals("Soon", holder(result, "Ledger"));
        assertEquals(1, result.schedule().hardBroken);
        assertEquals(-1, result.millisToFeasible());
    }
}
