package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A task as the planner sees it: effort in hundredths of an hour, the skills it needs, its window
 * and its predecessors. Plain data, no persistence: the planner core is tested on its own.
 */
public class PlanTask {

    /** A skill needed at a level or above. */
    public record Need(UUID skillId, String name, int minLevel) {
    }

    private UUID id;
    private String title;
    private int priority;
    private int effort;
    private LocalDate earliestStart;
    private LocalDate deadline;
    private List<Need> needs = new ArrayList<>();
    private List<UUID> predecessorIds = new ArrayList<>();
    private UUID currentAssignee;
    /** Kept on this person whatever the planner finds (already started, or pinned). */
    private UUID pinnedTo;
    /** Position in the problem, set by the planner; the schedule's arrays are indexed by it. */
    int index;
    List<PlanTask> predecessors = new ArrayList<>();

    public PlanTask() {
    }

    public PlanTask(UUID id, String title, int priority, int effort, LocalDate earliestStart, LocalDate deadline,
                    List<Need> needs, List<UUID> predecessorIds, UUID currentAssignee, UUID pinnedTo) {
        this.id = id;
        this.title = title;
        this.priority = priority;
        this.effort = effort;
        this.earliestStart = earliestStart;
        this.deadline = deadline;
        this.needs = new ArrayList<>(needs);
        this.predecessorIds = new ArrayList<>(predecessorIds);
        this.currentAssignee = currentAssignee;
        this.pinnedTo = pinnedTo;
    }

    /** How much a day late costs: priority 1 (urgent) eight times priority 4 (low). */
    public int lateWeight() {
        return 1 << (4 - Math.max(1, Math.min(4, priority)));
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getPriority() {
        return priority;
    }

    public int getEffort() {
        return effort;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public List<UUID> getPredecessorIds() {
        return predecessorIds;
    }

    public UUID getCurrentAssignee() {
        return currentAssignee;
    }

    public UUID getPinnedTo() {
        return pinnedTo;
    }

    public int getIndex() {
        return index;
    }

    @Override
    public String toString() {
        return title;
    }
}
