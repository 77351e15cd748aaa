package io.bureau.reviews.training;

import java.util.List;

/**
 * An enrolment's way. A manager's enrolment (or an approved request by the employee) is placed:
 * with a free seat an internal course is CONFIRMED at once and an outside one waits for
 * procurement's budget decision (PENDING_BUDGET, holding the seat); without one it is WAITLISTED
 * and placed when a seat frees. The budget refusing makes it REFUSED with the reason.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "EnrolmentStatus")
public enum EnrolmentStatus {
    PENDING_APPROVAL, WAITLISTED, PENDING_BUDGET, CONFIRMED, REFUSED, CANCELLED, COMPLETED;

    public static final List<EnrolmentStatus> HOLDING_A_SEAT = List.of(PENDING_BUDGET, CONFIRMED);
    /** Not yet decided or attended: what a person's leaving ends. */
    public static final List<EnrolmentStatus> LIVE = List.of(PENDING_APPROVAL, WAITLISTED, PENDING_BUDGET, CONFIRMED);

    public List<EnrolmentStatus> allowedNext() {
        return switch (this) {
            case PENDING_APPROVAL -> List.of(WAITLISTED, PENDING_BUDGET, CONFIRMED, REFUSED, CANCELLED);
            case WAITLISTED -> List.of(PENDING_BUDGET, CONFIRMED, CANCELLED);
            case PENDING_BUDGET -> List.of(CONFIRMED, REFUSED, CANCELLED);
            case CONFIRMED -> List.of(COMPLETED, CANCELLED);
            case REFUSED, CANCELLED, COMPLETED -> List.of();
        };
    }
}
