package io.bureau.reviews.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on topic {@code bureau.reviews.review}, keyed by review id. Never ratings' comments or meeting notes. */
public final class ReviewEvents {

    public static final String FINALIZED = "bureau.reviews.review.finalized.v1";

    private ReviewEvents() {
    }

    public record ReviewFinalized(UUID reviewId, UUID employeeId, UUID departmentId, UUID cycleId, String cycleName,
                                  LocalDate periodStart, LocalDate periodEnd, BigDecimal overallScore,
                                  OffsetDateTime finalizedAt, String finalizedBy, String summary) {

        static ReviewFinalized of(Review r, ReviewCycle c) {
            return new ReviewFinalized(r.id, r.employeeId, r.departmentId, c.id, c.name, c.periodStart, c.periodEnd,
                    r.overallScore, r.finalizedAt, r.finalizedBy, r.summary);
        }
    }
}
