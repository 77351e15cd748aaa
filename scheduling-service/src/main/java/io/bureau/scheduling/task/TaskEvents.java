package io.bureau.scheduling.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Events on topic {@code bureau.scheduling.task}, keyed by task id. They carry what reviews needs
 * for work metrics (who, when, on time, quality); never review comments or return reasons.
 */
public final class TaskEvents {

    public static final String CREATED = "bureau.scheduling.task.created.v1";
    public static final String ASSIGNED = "bureau.scheduling.task.assigned.v1";
    public static final String UNASSIGNED = "bureau.scheduling.task.unassigned.v1";
    public static final String STARTED = "bureau.scheduling.task.started.v1";
    public static final String SUBMITTED = "bureau.scheduling.task.submitted.v1";
    public static final String ACCEPTED = "bureau.scheduling.task.accepted.v1";
    public static final String RETURNED = "bureau.scheduling.task.returned.v1";
    public static final String CANCELLED = "bureau.scheduling.task.cancelled.v1";
    public static final String OVERDUE = "bureau.scheduling.task.overdue.v1";

    private TaskEvents() {
    }

    public record SkillNeeded(UUID skillId, int minLevel) {
    }

    public record TaskCreated(UUID taskId, UUID departmentId, String title, int priority, BigDecimal estimatedHours,
                              LocalDate earliestStart, LocalDate deadline, List<SkillNeeded> requiredSkills,
                              UUID preferredAssigneeId, Set<UUID> predecessorIds) {

        public static TaskCreated of(Task t) {
            return new TaskCreated(t.id, t.departmentId, t.title, t.priority, t.estimatedHours, t.earliestStart, t.deadline,
                    t.requiredSkills.stream().map(s -> new SkillNeeded(s.skillId, s.minLevel)).toList(),
                    t.preferredAssigneeId, Set.copyOf(t.predecessorIds));
        }
    }

    /** Assigned, unassigned, started and submitted: who holds the task, and when. */
    public record TaskMoved(UUID taskId, UUID departmentId, UUID assigneeId, int priority, BigDecimal estimatedHours,
                            LocalDate deadline, OffsetDateTime at) {

        public static TaskMoved of(Task t, UUID assigneeId, OffsetDateTime at) {
            return new TaskMoved(t.id, t.departmentId, assigneeId, t.priority, t.estimatedHours, t.deadline, at);
        }
    }

    public record TaskAccepted(UUID taskId, UUID departmentId, UUID assigneeId, int priority, BigDecimal estimatedHours,
                               LocalDate deadline, OffsetDateTime submittedAt, OffsetDateTime acceptedAt, boolean onTime,
                               int qualityScore, int returnCount) {

        static TaskAccepted of(Task t) {
            return new TaskAccepted(t.id, t.departmentId, t.assigneeId, t.priority, t.estimatedHours, t.deadline,
                    t.submittedAt, t.acceptedAt, t.onTime, t.qualityScore, t.returnCount);
        }
    }

    public record TaskReturned(UUID taskId, UUID departmentId, UUID assigneeId, int returnCount, OffsetDateTime at) {
    }

    public record TaskCancelled(UUID taskId, UUID departmentId, UUID assigneeId, TaskStatus previousStatus, OffsetDateTime at) {
    }

    public record TaskOverdue(UUID taskId, UUID departmentId, UUID assigneeId, TaskStatus status, int priority,
                              LocalDate deadline, OffsetDateTime detectedAt) {

        static TaskOverdue of(Task t) {
            return new TaskOverdue(t.id, t.departmentId, t.assigneeId, t.status, t.priority, t.deadline, t.overdueSince);
        }
    }
}
