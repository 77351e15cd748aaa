package io.bureau.scheduling.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events on topic {@code bureau.scheduling.plan}, keyed by plan id. */
public final class PlanEvents {

    public static final String APPLIED = "bureau.scheduling.plan.applied.v1";

    private PlanEvents() {
    }

    public record PlannedTask(UUID taskId, UUID assigneeId, LocalDate start, LocalDate finish, boolean changed) {
    }

    public record PlanApplied(UUID planId, UUID departmentId, LocalDate from, LocalDate to, List<PlannedTask> assignments,
                              List<UUID> unassignableTaskIds, String score, OffsetDateTime appliedAt) {
    }
}
