package io.bureau.staff.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Our own copy of the reviews context's review events (tolerant reader: only the fields staff reads). */
public final class ReviewEvents {

    public static final String TOPIC = "bureau.reviews.review";
    public static final String FINALIZED = "bureau.reviews.review.finalized.v1";

    private ReviewEvents() {
    }

    /** A performance review was finalised; the summary is short text without the reviewers' private notes. */
    public record ReviewFinalized(UUID reviewId, UUID employeeId, String cycleName, LocalDate periodStart, LocalDate periodEnd,
                                  BigDecimal overallScore, OffsetDateTime finalizedAt, String summary) {
    }
}
