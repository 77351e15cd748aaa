package io.bureau.reviews.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Our own copy of the scheduling task events the work metrics are built from (tolerant reader). */
public final class SchedulingEvents {

    public static final String TASK_ACCEPTED = "bureau.scheduling.task.accepted.v1";
    public static final String TASK_RETURNED = "bureau.scheduling.task.returned.v1";
    public static final String TASK_OVERDUE = "bureau.scheduling.task.overdue.v1";

    private SchedulingEvents() {
    }

    public record TaskAccepted(UUID taskId, UUID departmentId, UUID assigneeId, OffsetDateTime acceptedAt, Boolean onTime,
                               Integer qualityScore) {
    }

    /** returnCount numbers the returns of one task (1, 2, ...). */
    public record TaskReturned(UUID taskId, UUID departmentId, UUID assigneeId, Integer returnCount, OffsetDateTime at) {
    }

    /** assigneeId is absent for a task nobody held: it counts for nobody. */
    public record TaskOverdue(UUID taskId, UUID departmentId, UUID assigneeId, java.time.LocalDate deadline,
                              OffsetDateTime detectedAt) {
    }
}
