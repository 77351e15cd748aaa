package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * Why each person got each task, and why not each colleague: the rules the chosen person meets,
 * when they finish, and for every other colleague either the rule they break (missing or expired
 * skill, away or not working the whole window) or what moving the task to them would do to the
 * plan (later finish, late, an unevener load, weaker levels on urgent work, more changes).
 */
public final class Explainer {

    public record Rejection(UUID personId, String personName, String reason, String detail) {
    }

    public record Assignment(UUID taskId, String title, int priority, UUID personId, String personName,
                             LocalDate start, LocalDate finish, LocalDate deadline, int daysLate, boolean kept,
                             boolean changed, String why, List<Rejection> whyNot) {
    }

    /** Beyond this many task × colleague pairs the alternatives are judged by rule only, without re-planning each. */
    static final int SIMULATION_BUDGET = 20_000;

    private Explainer() {
    }

    public static List<Assignment> explain(PlanSolution solution, Schedule schedule) {
        List<Assignment> out = new ArrayList<>();
        boolean simulate = (long) solution.getTasks().size() * solution.getPeople().size() <= SIMULATION_BUDGET;
        IncrementalPlanScore scorer = null;
        if (simulate) {
            scorer = new IncrementalPlanScore();
            scorer.resetWorkingSolution(solution);
        }
        for (PlanPerson person : solution.getPeople()) {
            for (PlanTask task : person.getPinned()) {
                out.add(assignment(task, person, schedule, true,
                        "kept: " + person.getName() + " already holds this work (started or pinned)", List.of()));
            }
            for (PlanTask task : new ArrayList<>(person.getTasks())) {
                List<Rejection> whyNot = new ArrayList<>();
                BendableLongScore here = schedule.score();
                Rejection nextBest = null;
                BendableLongScore nextBestScore = null;
                for (PlanPerson other : solution.getPeople()) {
                    if (other == person) {
                        continue;
                    }
                    Rejection rule = ruleBroken(task, other, solution);
                    if (rule != null || !simulate) {
                        whyNot.add(rule != null ? rule : new Rejection(other.getId(), other.getName(), "NOT_COMPARED",
                                "meets the rules; the plan is too large to re-plan for every colleague"));
                        continue;
                    }
                    Moved moved = moveTo(scorer, task, person, other);
                    Rejection r = compare(task, person, other, schedule, moved);
                    whyNot.add(r);
                    if (nextBestScore == null || moved.score().compareTo(nextBestScore) > 0) {
                        nextBestScore = moved.score();
                        nextBest = r;
                    }
                }
                out.add(assignment(task, person, schedule, false, why(task, person, schedule, nextBest, here, nextBestScore), whyNot));
            }
        }
        return out;
    }

    private static Assignment assignment(PlanTask task, PlanPerson person, Schedule s, boolean kept, String why,
                                         List<Rejection> whyNot) {
        boolean changed = !kept && task.getCurrentAssignee() != null && !task.getCurrentAssignee().equals(person.getId());
        return new Assignment(task.getId(), task.getTitle(), task.getPriority(), person.getId(), person.getName(),
                s.placed(task) ? s.day(s.start[task.index]) : null, s.placed(task) ? s.day(s.finish[task.index]) : null,
                task.getDeadline(), s.daysLate(task), kept, changed, why, whyNot);
    }

    private static String why(PlanTask task, PlanPerson person, Schedule s, Rejection nextBest, BendableLongScore here,
                              BendableLongScore alternative) {
        StringBuilder b = new StringBuilder();
        String skills = task.getNeeds().stream()
                .map(n -> n.name() + " " + person.getSkills().get(n.skillId()).level() + " (needs ≥ " + n.minLevel() + ")")
                .collect(Collectors.joining(", "));
        b.append(task.getNeeds().isEmpty() ? "no skill needed" : "has " + skills);
        b.append("; works ").append(String.format("%.2f", person.getHoursPerDay() / 100.0)).append(" h a working day");
        if (s.placed(task)) {
            b.append("; works on it ").append(s.day(s.start[task.index])).append(" to ").append(s.day(s.finish[task.index]));
            int late = s.daysLate(task);
            b.append(late == 0 ? ", on time (deadline " + task.getDeadline() + ")" : ", " + late + " day(s) late (deadline " + task.getDeadline() + ")");
        }
        if (nextBest != null) {
            b.append("; the next best colleague, ").append(nextBest.personName()).append(", ").append(nextBest.detail());
            if (alternative != null && !alternative.equals(here)) {
                b.append(" (plan score ").append(here).append(" instead of ").append(alternative).append(")");
            }
        } else {
            b.append("; nobody else on the team meets the rules for it");
        }
        return b.toString();
    }

    /** The hard rule the colleague breaks for this task over its whole window, or null. */
    static Rejection ruleBroken(PlanTask task, PlanPerson other, PlanSolution solution) {
        LocalDate first = Planner.windowStart(task, solution.getFrom());
        String missing = other.missingSkill(task, first);
        if (missing != null) {
            return new Rejection(other.getId(), other.getName(), missing.startsWith("missing") ? "MISSING_SKILL" : "SKILL_EXPIRED", missing);
        }
        LocalDate last = task.getDeadline().isBefore(first) ? solution.getTo() : task.getDeadline();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (other.capacityOn(d) > 0) {
                return null;
            }
        }
        return new Rejection(other.getId(), other.getName(), "ABSENT", "is away or not working from " + first + " to " + last);
    }

    /** The plan with the task moved: when the task finishes there (day index, -1: not placed) and the score's levels. */
    private record Moved(int finish, long hardBroken, long lateness, long balance, long strength, long changes) {
        BendableLongScore score() {
            return BendableLongScore.of(new long[] {-hardBroken}, new long[] {-lateness, -balance, strength, -changes});
        }
    }

    /**
     * The plan with the task moved to the colleague (in deadline order among their tasks), then put
     * back. Scored incrementally: only the two people's days (and those of successors' holders) are
     * laid out again, with the same result as {@link Schedule} (see {@link IncrementalPlanScore}).
     */
    private static Moved moveTo(IncrementalPlanScore scorer, PlanTask task, PlanPerson from, PlanPerson to) {
        int at = from.getTasks().indexOf(task);
        scorer.beforeListVariableChanged(from, "tasks", at, at + 1);
        from.getTasks().remove(at);
        scorer.afterListVariableChanged(from, "tasks", at, at);
        List<PlanTask> theirs = to.getTasks();
        int insert = 0;
        while (insert < theirs.size() && !theirs.get(insert).getDeadline().isAfter(task.getDeadline())) {
            insert++;
        }
        scorer.beforeListVariableChanged(to, "tasks", insert, insert);
        theirs.add(insert, task);
        scorer.afterListVariableChanged(to, "tasks", insert, insert + 1);
        try {
            scorer.calculateScore();
            return new Moved(scorer.finishOf(task), scorer.hardBroken(), scorer.lateness(), scorer.balance(), scorer.strength(),
                    scorer.changes());
        } finally {
            scorer.beforeListVariableChanged(to, "tasks", insert, insert + 1);
            theirs.remove(insert);
            scorer.afterListVariableChanged(to, "tasks", insert, insert);
            scorer.beforeListVariableChanged(from, "tasks", at, at);
            from.getTasks().add(at, task);
            scorer.afterListVariableChanged(from, "tasks", at, at + 1);
        }
    }

    private static Rejection compare(PlanTask task, PlanPerson chosen, PlanPerson other, Schedule mine, Moved theirs) {
        String id = other.getName();
        if (theirs.finish() < 0) {
            return new Rejection(other.getId(), id, "FULL", "has no room for it within a year after the horizon");
        }
        LocalDate finishThere = mine.day(theirs.finish());
        int lateThere = Math.max(0, theirs.finish() - mine.index(task.getDeadline()));
        if (lateThere > 0 && mine.daysLate(task) == 0) {
            return new Rejection(other.getId(), id, "FULL", "is booked: would finish on " + finishThere + ", " + lateThere + " day(s) after the deadline");
        }
        if (theirs.finish() > mine.finish[task.index]) {
            return new Rejection(other.getId(), id, "LATER_FINISH", "would finish on " + finishThere + " instead of " + mine.day(mine.finish[task.index]));
        }
        if (theirs.hardBroken() > mine.hardBroken) {
            return new Rejection(other.getId(), id, "BREAKS_RULE", "would break a hard rule of the plan (e.g. a skill expiring before the work is done)");
        }
        if (theirs.lateness() > mine.lateness) {
            return new Rejection(other.getId(), id, "DELAYS_OTHERS", "would make other tasks later (priority-weighted lateness "
                    + theirs.lateness() + " instead of " + mine.lateness + ")");
        }
        if (theirs.balance() > mine.balance) {
            return new Rejection(other.getId(), id, "UNEVEN_LOAD", "would make the team's load less even (would finish on " + finishThere + ")");
        }
        if (theirs.strength() < mine.strength) {
            return new Rejection(other.getId(), id, "WEAKER_LEVEL", "has lower skill levels for this priority of work");
        }
        if (theirs.changes() > mine.changes) {
            return new Rejection(other.getId(), id, "MORE_CHANGES", "would change an existing assignment");
        }
        return new Rejection(other.getId(), id, "EQUAL", "would be as good (would finish on " + finishThere + "); the engine kept " + chosen.getName());
    }
}
