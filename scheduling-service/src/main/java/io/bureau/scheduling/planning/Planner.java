package io.bureau.scheduling.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Plans a department's open tasks: first sets aside the tasks nobody can do (with the reason),
 * then starts from the greedy baseline and lets Timefold improve it within the time limits, and
 * finally explains every assignment. Independent of persistence: it takes plain people and tasks.
 */
public final class Planner {

    /** People, tasks (those with {@code pinnedTo} are kept on that person) and the horizon. */
    public record Problem(LocalDate from, LocalDate to, List<PlanPerson> people, List<PlanTask> tasks) {
    }

    /** How long the engine may look: in all, and without finding anything better. */
    public record Limits(Duration spent, Duration unimproved, boolean explain) {
    }

    public record Unassignable(UUID taskId, String title, String reason) {
    }

    /**
     * A plan. {@code millisToFeasible}: from the start until the first plan breaking no hard rule
     * (-1: never); {@code millisToBeatBaseline}: until the first plan breaking no hard rule and less
     * late (priority-weighted) than the baseline's (-1: never; the baseline itself never beats itself).
     */
    public record Result(PlanSolution solution, Schedule schedule, List<Unassignable> unassignable,
                         List<Explainer.Assignment> assignments, BendableLongScore baselineScore,
                         long millisToFeasible, long millisToBeatBaseline, long millisSolving) {
        public BendableLongScore score() {
            return schedule.score();
        }
    }

    private Planner() {
    }

    /**
     * Late acceptance over the last {@value} steps once the plan breaks no hard rule: measured on the
     * benchmark at equal move counts, a short memory cut priority-weighted lateness 3–10 times against
     * Timefold's default (400), which in turn repairs broken hard rules better (see README, "Planner benchmark").
     */
    static final int LATE_ACCEPTANCE_SIZE = 10;

    /**
     * The engine's phases: a construction heuristic (nothing to do after the greedy start, unless a
     * task could not be placed there), local search with Timefold's defaults until the plan breaks no
     * hard rule or stops improving for half the unimproved limit, then local search with a short late
     * acceptance memory for lateness and the softer goals, until the limits.
     */
    public static SolverConfig solverConfig(Limits limits) {
        return new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(PlanPerson.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(IncrementalPlanScore.class))
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                                .withBestScoreFeasible(true)
                                .withUnimprovedSpentLimit(limits.unimproved().dividedBy(2))),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limits.spent())
                        .withUnimprovedSpentLimit(limits.unimproved()));
    }

    /** The engine's plan. */
    public static Result plan(Problem problem, Limits limits) {
        long began = System.nanoTime();
        PlanSolution solution = prepare(problem);
        List<Unassignable> unassignable = setAside(problem, solution);
        Greedy.assign(solution);
        BendableLongScore baseline = Schedule.of(solution).score();
        // Counted from the start, the greedy start included: a feasible baseline is the engine's first feasible plan.
        long[] feasibleAt = {baseline.isFeasible() ? (System.nanoTime() - began) / 1_000_000 : -1};
        long[] beatAt = {-1};
        PlanSolution best = solution;
        if (!solution.getTasks().isEmpty() && !solution.getPeople().isEmpty()) {
            Solver<PlanSolution> solver = SolverFactory.<PlanSolution>create(solverConfig(limits)).buildSolver();
            solver.addEventListener(event -> {
                BendableLongScore score = (BendableLongScore) event.getNewBestScore();
                if (feasibleAt[0] < 0 && score.isFeasible()) {
                    feasibleAt[0] = (System.nanoTime() - began) / 1_000_000;
                }
                if (beatAt[0] < 0 && score.isFeasible() && score.softScore(0) > baseline.softScore(0)) {
                    beatAt[0] = (System.nanoTime() - began) / 1_000_000;
                }
            });
            best = solver.solve(solution);
        }
        long spent = (System.nanoTime() - began) / 1_000_000;
        return finish(best, unassignable, baseline, feasibleAt[0], beatAt[0], spent, limits.explain());
    }

    /** The schedule of the tasks as they are held now (every task with {@code pinnedTo}), without planning anything. */
    public static Schedule current(Problem problem) {
        return Schedule.detailed(prepare(problem));
    }

    /** The baseline's plan, for comparison. */
    public static Result greedy(Problem problem, boolean explain) {
        PlanSolution solution = prepare(problem);
        List<Unassignable> unassignable = setAside(problem, solution);
        long began = System.nanoTime();
        Greedy.assign(solution);
        Schedule schedule = Schedule.of(solution);
        long spent = (System.nanoTime() - began) / 1_000_000;
        return finish(solution, unassignable, schedule.score(), schedule.score().isFeasible() ? spent : -1, -1, spent, explain);
    }

    private static Result finish(PlanSolution best, List<Unassignable> unassignable, BendableLongScore baseline,
                                 long feasibleAt, long beatAt, long spent, boolean explain) {
        Schedule schedule = Schedule.detailed(best);
        List<Explainer.Assignment> assignments = explain ? Explainer.explain(best, schedule) : List.of();
        return new Result(best, schedule, unassignable, assignments, baseline, feasibleAt, beatAt, spent);
    }

    /** Indexes the tasks, links predecessors and puts kept tasks on their person. */
    static PlanSolution prepare(Problem problem) {
        Map<UUID, PlanPerson> byId = new LinkedHashMap<>();
        problem.people().forEach(p -> {
            p.getPinned().clear();
            p.setTasks(new ArrayList<>());
            byId.put(p.getId(), p);
        });
        Map<UUID, PlanTask> tasks = new HashMap<>();
        problem.tasks().forEach(t -> tasks.put(t.getId(), t));
        List<PlanTask> free = new ArrayList<>();
        List<PlanTask> pinned = new ArrayList<>();
        int index = 0;
        for (PlanTask task : problem.tasks()) {
            task.index = index++;
            task.predecessors = task.getPredecessorIds().stream().map(tasks::get).filter(t -> t != null)
                    .collect(Collectors.toCollection(ArrayList::new));
            PlanPerson keeper = task.getPinnedTo() == null ? null : byId.get(task.getPinnedTo());
            if (keeper != null) {
                keeper.getPinned().add(task);
                pinned.add(task);
            } else {
                free.add(task);
            }
        }
        return new PlanSolution(problem.from(), problem.to(), new ArrayList<>(byId.values()), free, pinned);
    }

    /** Removes the tasks nobody can do from the solution and says why, predecessors first. */
    static List<Unassignable> setAside(Problem problem, PlanSolution solution) {
        Map<UUID, Unassignable> out = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PlanTask task : solution.getTasks()) {
                if (out.containsKey(task.getId())) {
                    continue;
                }
                String reason = reasonNobodyCan(task, solution, out);
                if (reason != null) {
                    out.put(task.getId(), new Unassignable(task.getId(), task.getTitle(), reason));
                    changed = true;
                }
            }
        }
        solution.getTasks().removeIf(t -> out.containsKey(t.getId()));
        return new ArrayList<>(out.values());
    }

    private static String reasonNobodyCan(PlanTask task, PlanSolution solution, Map<UUID, Unassignable> out) {
        for (PlanTask pred : task.predecessors) {
            if (out.containsKey(pred.getId())) {
                return "waits for \"" + pred.getTitle() + "\", which cannot be planned";
            }
        }
        LocalDate first = windowStart(task, solution.getFrom());
        LocalDate before = solution.getTo().plusDays(1);
        if (first.isAfter(solution.getTo())) {
            return "its earliest start " + first + " is after the horizon (ends " + solution.getTo() + ")";
        }
        String needs = task.getNeeds().isEmpty() ? "anybody"
                : "nobody with " + task.getNeeds().stream().map(n -> n.name() + " ≥ " + n.minLevel()).collect(Collectors.joining(" and "));
        boolean holder = false;
        for (PlanPerson person : solution.getPeople()) {
            if (person.missingSkill(task, first) != null) {
                continue;
            }
            holder = true;
            for (LocalDate d = first; d.isBefore(before); d = d.plusDays(1)) {
                if (person.capacityOn(d) > 0) {
                    return null;
                }
            }
        }
        if (!holder) {
            return task.getNeeds().isEmpty() ? "nobody is on the team" : needs + " (unexpired) is on the team";
        }
        return (task.getNeeds().isEmpty() ? "nobody" : needs) + " is available before " + before;
    }

    /** The first day the task may be worked on. */
    static LocalDate windowStart(PlanTask task, LocalDate from) {
        return task.getEarliestStart() != null && task.getEarliestStart().isAfter(from) ? task.getEarliestStart() : from;
    }
}
