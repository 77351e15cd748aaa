package io.bureau.reviews.plan;

import java.time.LocalDate;
import java.util.UUID;

/** Events on topic {@code bureau.reviews.improvement-plan}, keyed by plan id: never the reason or the goals. */
public final class PlanEvents {

    public static final String OPENED = "bureau.reviews.improvement-plan.opened.v1";
    public static final String CLOSED = "bureau.reviews.improvement-plan.closed.v1";

    private PlanEvents() {
    }

    public record PlanOpened(UUID planId, UUID employeeId, UUID departmentId, LocalDate openedOn, LocalDate dueOn, String openedBy) {

        static PlanOpened of(ImprovementPlan p) {
            return new PlanOpened(p.id, p.employeeId, p.departmentId, p.openedOn, p.dueOn, p.openedBy);
        }
    }

    public record PlanClosed(UUID planId, UUID employeeId, UUID departmentId, ImprovementPlan.Outcome outcome, LocalDate closedOn) {

        static PlanClosed of(ImprovementPlan p) {
            return new PlanClosed(p.id, p.employeeId, p.departmentId, p.outcome, p.closedOn);
        }
    }
}
