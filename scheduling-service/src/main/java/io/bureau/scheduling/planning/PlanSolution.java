package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The people, the tasks to place among them and the horizon. The score has one hard level
 * (broken rules) and four soft levels in the order of the goals: priority-weighted lateness,
 * workload balance, high-priority work to stronger skill levels, fewest changes.
 */
@PlanningSolution
public class PlanSolution {

    private LocalDate from;
    private LocalDate to;

    @PlanningEntityCollectionProperty
    private List<PlanPerson> people = new ArrayList<>();

    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<PlanTask> tasks = new ArrayList<>();

    /** Tasks kept on their person; not moved by the planner. */
    private List<PlanTask> pinned = new ArrayList<>();

    /** How many tasks the problem had in all (set aside ones included): the size of the schedule's arrays. */
    private int indexSize;

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 4)
    private BendableLongScore score;

    public PlanSolution() {
    }

    public PlanSolution(LocalDate from, LocalDate to, List<PlanPerson> people, List<PlanTask> tasks, List<PlanTask> pinned) {
        this.from = from;
        this.to = to;
        this.people = people;
        this.tasks = tasks;
        this.pinned = pinned;
        this.indexSize = tasks.size() + pinned.size();
    }

    public int getIndexSize() {
        return indexSize;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public List<PlanPerson> getPeople() {
        return people;
    }

    public List<PlanTask> getTasks() {
        return tasks;
    }

    public List<PlanTask> getPinned() {
        return pinned;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
