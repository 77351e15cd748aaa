package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * What a plan means day by day. Each person's days are filled in the order of their list (pinned
 * tasks first), each day up to the contracted hours, skipping days off and absences; a task does
 * not start before its earliest start, nor before its predecessors are finished (the next day when
 * another person did them). So "never beyond contracted hours", "works that day and is not away"
 * and "predecessors first" hold by construction; a task that cannot be fitted at all (predecessor
 * behind it in the same list, or no capacity within a year after the horizon) breaks a hard rule,
 * as does a person lacking a required skill (at the level, unexpired on the finishing day).
 */
public final class Schedule {

    /** Days after the horizon the schedule may still run into (late work is still placed). */
    static final int OVERRUN_DAYS = 366;

    /** Hours of one task on one day. */
    public record Slice(int personIndex, int day, PlanTask task, int hours) {
    }

    public final LocalDate from;
    public final int horizonDays;
    public final int[] start;
    public final int[] finish;
    public final PlanPerson[] assignee;
    public final long[] loadInHorizon;
    public final long[] capacityInHorizon;
    public final List<Slice> slices;
    public long hardBroken;
    public long lateness;
    public long balance;
    public long strength;
    public long changes;

    private Schedule(LocalDate from, int horizonDays, int tasks, int people, boolean detailed) {
        this.from = from;
        this.horizonDays = horizonDays;
        start = new int[tasks];
        finish = new int[tasks];
        Arrays.fill(start, -1);
        Arrays.fill(finish, -1);
        assignee = new PlanPerson[tasks];
        loadInHorizon = new long[people];
        capacityInHorizon = new long[people];
        slices = detailed ? new ArrayList<>() : null;
    }

    public LocalDate day(int index) {
        return from.plusDays(index);
    }

    public int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    public BendableLongScore score() {
        return BendableLongScore.of(new long[] {-hardBroken}, new long[] {-lateness, -balance, strength, -changes});
    }

    /** Days late of a placed task (0 when on time). */
    public int daysLate(PlanTask task) {
        int f = finish[task.index];
        return f < 0 ? 0 : Math.max(0, f - index(task.getDeadline()));
    }

    public boolean placed(PlanTask task) {
        return finish[task.index] >= 0;
    }

    /** Utilisation of each person within the horizon, 0..1 and more. */
    public double utilisation(int person) {
        return capacityInHorizon[person] == 0 ? 0 : (double) loadInHorizon[person] / capacityInHorizon[person];
    }

    public static Schedule of(PlanSolution solution) {
        return compute(solution, false);
    }

    public static Schedule detailed(PlanSolution solution) {
        return compute(solution, true);
    }

    private static Schedule compute(PlanSolution solution, boolean detailed) {
        List<PlanPerson> people = solution.getPeople();
        int horizonDays = (int) ChronoUnit.DAYS.between(solution.getFrom(), solution.getTo()) + 1;
        int taskCount = solution.getIndexSize();
        Schedule s = new Schedule(solution.getFrom(), horizonDays, taskCount, people.size(), detailed);
        int days = horizonDays + OVERRUN_DAYS;
        int n = people.size();
        List<List<PlanTask>> queues = new ArrayList<>(n);
        int[] pos = new int[n];
        int[] cursorDay = new int[n];
        int[] cursorUsed = new int[n];
        int[][] capacity = new int[n][];
        for (int p = 0; p < n; p++) {
            PlanPerson person = people.get(p);
            List<PlanTask> queue = new ArrayList<>(person.getPinned());
            queue.addAll(person.getTasks());
            queues.add(queue);
            capacity[p] = person.capacity(solution.getFrom(), days);
            for (int d = 0; d < horizonDays; d++) {
                s.capacityInHorizon[p] += capacity[p][d];
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int p = 0; p < n; p++) {
                List<PlanTask> queue = queues.get(p);
                PlanPerson person = people.get(p);
                while (pos[p] < queue.size()) {
                    PlanTask task = queue.get(pos[p]);
                    int ready = task.getEarliestStart() == null ? 0 : Math.max(0, s.index(task.getEarliestStart()));
                    boolean blocked = false;
                    for (PlanTask pred : task.predecessors) {
                        if (s.finish[pred.index] < 0) {
                            blocked = true;
                            break;
                        }
                        ready = Math.max(ready, s.finish[pred.index] + (s.assignee[pred.index] == person ? 0 : 1));
                    }
                    if (blocked) {
                        break;
                    }
                    int d = Math.max(cursorDay[p], ready);
                    int used = d == cursorDay[p] ? cursorUsed[p] : 0;
                    int remaining = task.getEffort();
                    int first = -1;
                    while (remaining > 0 && d < days) {
                        int take = Math.min(capacity[p][d] - used, remaining);
                        if (take > 0) {
                            if (first < 0) {
                                first = d;
                            }
                            remaining -= take;
                            used += take;
                            if (d < horizonDays) {
                                s.loadInHorizon[p] += take;
                            }
                            if (detailed) {
                                s.slices.add(new Slice(p, d, task, take));
                            }
                        }
                        if (remaining > 0) {
                            d++;
                            used = 0;
                        }
                    }
                    pos[p]++;
                    progress = true;
                    if (remaining > 0) {
                        // Does not fit within a year after the horizon: neither does anything behind it.
                        pos[p] = queue.size();
                        break;
                    }
                    s.start[task.index] = first < 0 ? d : first;
                    s.finish[task.index] = d;
                    s.assignee[task.index] = person;
                    cursorDay[p] = d;
                    cursorUsed[p] = used;
                }
            }
        }
        s.score(solution, days);
        return s;
    }

    private void score(PlanSolution solution, int days) {
        List<PlanPerson> people = solution.getPeople();
        for (PlanPerson person : people) {
            for (PlanTask task : person.getPinned()) {
                scoreTask(task, person, days, true);
            }
            for (PlanTask task : person.getTasks()) {
                scoreTask(task, person, days, false);
            }
        }
        for (int p = 0; p < people.size(); p++) {
            if (capacityInHorizon[p] > 0) {
                long permille = loadInHorizon[p] * 1000 / capacityInHorizon[p];
                balance += permille * permille;
            }
        }
    }

    private void scoreTask(PlanTask task, PlanPerson person, int days, boolean pinned) {
        int deadline = index(task.getDeadline());
        int f = finish[task.index];
        if (f < 0) {
            hardBroken++;
            lateness += (long) Math.max(1, days - deadline) * task.lateWeight();
            return;
        }
        if (!pinned && person.missingSkill(task, day(f)) != null) {
            hardBroken++;
        }
        lateness += (long) Math.max(0, f - deadline) * task.lateWeight();
        strength += (long) (5 - task.getPriority()) * person.levelMargin(task);
        if (!pinned && task.getCurrentAssignee() != null && !task.getCurrentAssignee().equals(person.getId())) {
            changes++;
        }
    }
}
