package io.bureau.procurement.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.bureau.procurement.money.Money;

/** Our copy of the reviews events procurement uses (tolerant reader). */
public final class ReviewsEvents {

    public static final String COST_REQUESTED = "bureau.reviews.training.cost-requested.v1";
    public static final String COST_WITHDRAWN = "bureau.reviews.training.cost-withdrawn.v1";

    private ReviewsEvents() {
    }

    public record CostRequested(UUID requestId, UUID employeeId, UUID departmentId, UUID courseId, String courseTitle,
                                Money amount, String category, OffsetDateTime requestedAt) {
    }

    public record CostWithdrawn(UUID requestId, UUID departmentId) {
    }
}
