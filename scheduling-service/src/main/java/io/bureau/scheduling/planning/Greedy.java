package io.bureau.scheduling.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference the engine is measured against: earliest deadline first, each task to the
 * least-loaded person qualified for it (ties: priority, then the order people are listed in).
 */
public final class Greedy {

    private Greedy() {
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
        List<PlanTask> order = new ArrayList<>(solution.getTasks());
        order.sort(Comparator.comparing(PlanTask::getDeadline).thenComparingInt(PlanTask::getPriority)
                .thenComparing(PlanTask::getTitle));
        for (PlanTask task : order) {
            int best = -1;
            for (int p = 0; p < people.size(); p++) {
                if (people.get(p).missingSkill(task, Planner.windowStart(task, solution.getFrom())) == null
                        && (best < 0 || load[p] < load[best])) {
                    best = p;
                }
            }
            if (best < 0) {
                best = 0;
                for (int p = 1; p < people.size(); p++) {
                    if (load[p] < load[best]) {
                        best = p;
                    }
                }
            }
            people.get(best).getTasks().add(task);
            load[best] += task.getEffort();
        }
        return solution;
    }
}
