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

    /** The outcome a plan gets when the person leaves before it is closed; never one a manager can choose. */
    public static final String EMPLOYMENT_ENDED = "EMPLOYMENT_ENDED";

    /** {@code outcome}: SUCCEEDED, EXTENDED, NOT_SUCCEEDED, or EMPLOYMENT_ENDED when the person left first. */
    public record PlanClosed(UUID planId, UUID employeeId, UUID departmentId, String outcome, LocalDate closedOn) {

        static PlanClosed of(ImprovementPlan p) {
            return new PlanClosed(p.id, p.employeeId, p.departmentId,
                    p.status == ImprovementPlan.Status.ENDED ? EMPLOYMENT_ENDED : p.outcome.name(), p.closedOn);
        }
    }
}
