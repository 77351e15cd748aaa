package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The reference the engine is measured against: earliest deadline first (among tasks whose
 * predecessors are placed), each task to the least-loaded person qualified for it on the day they
 * would finish it (skills at the level and unexpired then, so a skill running out mid-task is not
 * chosen when someone else can do it); when nobody is, the least-loaded person qualified on the
 * task's first day, else anyone. Ties: the order people are listed in. Tasks are appended to the
 * end of a person's list, so the finish day tried here is the one {@link Schedule} gives.
 */
public final class Greedy {

    private Greedy() {
    }

    /** Fills the people's lists of {@code solution} in place and returns it. */
    public static PlanSolution assign(PlanSolution solution) {
        List<PlanPerson> people = solution.getPeople();
        int n = people.size();
        long[] load = new long[n];
        for (int p = 0; p < n; p++) {
            PlanPerson person = people.get(p);
            person.setTasks(new ArrayList<>());
            load[p] = person.getPinned().stream().mapToLong(PlanTask::getEffort).sum();
        }
        Lanes lanes = new Lanes(solution);
        Comparator<PlanTask> edf = Comparator.comparing(PlanTask::getDeadline).thenComparingInt(PlanTask::getPriority)
                .thenComparing(PlanTask::getTitle);
        // Earliest deadline first among the tasks whose predecessors are already placed.
        Set<PlanTask> planned = new HashSet<>(solution.getTasks());
        Map<PlanTask, Integer> waitingFor = new HashMap<>();
        Map<PlanTask, List<PlanTask>> successors = new HashMap<>();
        PriorityQueue<PlanTask> ready = new PriorityQueue<>(edf);
        for (PlanTask task : solution.getTasks()) {
            int waiting = 0;
            for (PlanTask pred : task.predecessors) {
                if (planned.contains(pred)) {
                    waiting++;
                    successors.computeIfAbsent(pred, k -> new ArrayList<>()).add(task);
                }
            }
            waitingFor.put(task, waiting);
            if (waiting == 0) {
                ready.add(task);
            }
        }
        while (!ready.isEmpty()) {
            PlanTask task = ready.poll();
            int best = choose(people, load, lanes, task, solution.getFrom());
            people.get(best).getTasks().add(task);
            load[best] += task.getEffort();
            lanes.append(task, best);
            for (PlanTask next : successors.getOrDefault(task, List.of())) {
                if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return solution;
    }

    /** The least-loaded person qualified on the day they would finish; else on the first day; else anyone. */
    private static int choose(List<PlanPerson> people, long[] load, Lanes lanes, PlanTask task, LocalDate from) {
        int best = -1;
        for (int p = 0; p < people.size(); p++) {
            int finish = lanes.finishIfAppended(task, p);
            if (finish >= 0 && (best < 0 || load[p] < load[best]) && people.get(p).missingSkill(task, from.plusDays(finish)) == null) {
                best = p;
            }
        }
        if (best >= 0) {
            return best;
        }
        LocalDate first = Planner.windowStart(task, from);
        for (int p = 0; p < people.size(); p++) {
            if (people.get(p).missingSkill(task, first) == null && (best < 0 || load[p] < load[best])) {
                best = p;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = 0;
        for (int p = 1; p < people.size(); p++) {
            if (load[p] < load[best]) {
                best = p;
            }
        }
        return best;
    }

    /** Where each person's days stand after the work laid out so far, and when each placed task finishes. */
    private static final class Lanes {
        private final LocalDate from;
        private final int days;
        private final int[][] capacity;
        private final int[] cursorDay;
        private final int[] cursorUsed;
        private final boolean[] stuck;
        private final int[] finish;
        private final int[] laidBy;

        Lanes(PlanSolution solution) {
            List<PlanPerson> people = solution.getPeople();
            int n = people.size();
            from = solution.getFrom();
            days = (int) ChronoUnit.DAYS.between(from, solution.getTo()) + 1 + Schedule.OVERRUN_DAYS;
            capacity = new int[n][];
            cursorDay = new int[n];
            cursorUsed = new int[n];
            stuck = new boolean[n];
            // The kept (pinned) work first, laid out as the schedule lays it out.
            Schedule kept = Schedule.detailed(solution);
            finish = kept.finish.clone();
            laidBy = new int[finish.length];
            Arrays.fill(laidBy, -1);
            Map<PlanPerson, Integer> index = new IdentityHashMap<>();
            for (int p = 0; p < n; p++) {
                PlanPerson person = people.get(p);
                index.put(person, p);
                capacity[p] = person.capacity(from, days);
                for (PlanTask task : person.getPinned()) {
                    if (kept.placed(task)) {
                        cursorDay[p] = Math.max(cursorDay[p], kept.finish[task.index]);
                    } else {
                        stuck[p] = true;
                    }
                }
            }
            for (int t = 0; t < finish.length; t++) {
                if (kept.assignee[t] != null) {
                    laidBy[t] = index.get(kept.assignee[t]);
                }
            }
            for (Schedule.Slice slice : kept.slices) {
                if (slice.day() == cursorDay[slice.personIndex()]) {
                    cursorUsed[slice.personIndex()] += slice.hours();
                }
            }
        }

        /** The day the task would finish at the end of this person's list, or -1 (blocked, stuck or no room). */
        int finishIfAppended(PlanTask task, int p) {
            long laid = lay(task, p);
            return laid < 0 ? -1 : (int) (laid >> 32);
        }

        void append(PlanTask task, int p) {
            long laid = lay(task, p);
            if (laid < 0) {
                stuck[p] = true;
                return;
            }
            cursorDay[p] = (int) (laid >> 32);
            cursorUsed[p] = (int) laid;
            finish[task.index] = cursorDay[p];
            laidBy[task.index] = p;
        }

        /** The finish day and the hours used that day, packed; -1 when it cannot be laid out. */
        private long lay(PlanTask task, int p) {
            if (stuck[p]) {
                return -1;
            }
            int ready = task.getEarliestStart() == null ? 0 : Math.max(0, (int) ChronoUnit.DAYS.between(from, task.getEarliestStart()));
            for (PlanTask pred : task.predecessors) {
                if (finish[pred.index] < 0) {
                    return -1;
                }
                ready = Math.max(ready, finish[pred.index] + (laidBy[pred.index] == p ? 0 : 1));
            }
            int d = Math.max(cursorDay[p], ready);
            int used = d == cursorDay[p] ? cursorUsed[p] : 0;
            int remaining = task.getEffort();
            int[] cap = capacity[p];
            while (remaining > 0 && d < days) {
                int take = Math.min(cap[d] - used, remaining);
                if (take > 0) {
                    remaining -= take;
                    used += take;
                }
                if (remaining > 0) {
                    d++;
                    used = 0;
                }
            }
            return remaining > 0 ? -1 : ((long) d << 32) | used;
        }
    }
}
