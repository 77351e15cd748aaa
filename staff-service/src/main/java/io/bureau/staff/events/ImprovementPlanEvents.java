package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our own copy of the reviews context's improvement-plan events (tolerant reader); they carry no reasons or goals. */
public final class ImprovementPlanEvents {

    public static final String TOPIC = "bureau.reviews.improvement-plan";
    public static final String OPENED = "bureau.reviews.improvement-plan.opened.v1";
    public static final String CLOSED = "bureau.reviews.improvement-plan.closed.v1";

    private ImprovementPlanEvents() {
    }

    public record ImprovementPlanOpened(UUID planId, UUID employeeId, LocalDate openedOn, LocalDate dueOn) {
    }

    /** {@code outcome}: SUCCEEDED, EXTENDED, NOT_SUCCEEDED or EMPLOYMENT_ENDED. */
    public record ImprovementPlanClosed(UUID planId, UUID employeeId, String outcome, LocalDate closedOn) {
    }
}
