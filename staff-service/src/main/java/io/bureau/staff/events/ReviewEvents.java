package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our own copy of the reviews context's review events (tolerant reader). */
public final class ReviewEvents {

    public static final String TOPIC = "bureau.reviews.review";
    public static final String FINALIZED = "bureau.reviews.review.finalized.v1";

    private ReviewEvents() {
    }

    public record ReviewFinalized(UUID reviewId, UUID employeeId, String cycleName, LocalDate finalizedOn,
                                  String overallRating, String summary) {
    }
}
