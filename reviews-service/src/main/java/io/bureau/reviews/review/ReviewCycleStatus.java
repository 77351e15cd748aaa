package io.bureau.reviews.review;

import java.util.List;

/** A cycle is prepared (DRAFT), OPEN while its reviews are written, then CLOSED. */
public enum ReviewCycleStatus {
    DRAFT, OPEN, CLOSED;

    public List<ReviewCycleStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> List.of(OPEN);
            case OPEN -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }
}
