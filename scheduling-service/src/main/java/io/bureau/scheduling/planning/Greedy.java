package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The reference the engine is measured against: earliest deadline first (among tasks whose
 * predecessors are placed), each task to the least-loaded person qualified for it (skills valid
 * until the deadline if anyone's are; ties: the order people are listed in).
 */
public final class Greedy {

    private Greedy() {
    }

    /** The least-loaded person whose skills hold until the deadline; else until the first day; else anyone. */
    private static int leastLoaded(List<PlanPerson> people, long[] load, PlanTask task, LocalDate from) {
        LocalDate first = Planner.windowStart(task, from);
        LocalDate last = task.getDeadline().isBefore(first) ? first : task.getDeadline();
        for (LocalDate day : List.of(last, first)) {
            int best = -1;
            for (int p = 0; p < people.size(); p++) {
                if (people.get(p).missingSkill(task, day) == null && (best < 0 || load[p] < load[best])) {
                    best = p;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        int best = 0;
        for (int p = 1; p < people.size(); p++) {
            if (load[p] < load[best]) {
                best = p;
            }
        }
        return best;
    }

    /** Fills the people's lists of {@code solution} in place and returns it. */
    public static PlanSolution assign(PlanSolution solution) {
        List<PlanPerson> people = solution.getPeople();
        long[] load = new long[people.size()];
        for (int p = 0; p < people.size(); p++) {
            PlanPerson person = people.get(p);
            person.setTasks(new ArrayList<>());
            load[p] = person.getPinned().stream().mapToLong(PlanTask::getEffort).sum();
        }
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
            int best = leastLoaded(people, load, task, solution.getFrom());
            people.get(best).getTasks().add(task);
            load[best] += task.getEffort();
            for (PlanTask next : successors.getOrDefault(task, List.of())) {
                if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return solution;
    }
}
