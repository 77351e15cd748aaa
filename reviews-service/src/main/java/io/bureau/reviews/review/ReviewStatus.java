package io.bureau.reviews.review;

import java.util.List;

/**
 * A review's way: DRAFT → SELF_ASSESSMENT (the employee has written theirs) → MANAGER_ASSESSMENT
 * (the manager rates; the evidence is frozen as it starts) → MEETING_HELD → FINALIZED (immutable)
 * → ACKNOWLEDGED by the employee. A review still under way when the person leaves is CANCELLED
 * (by the service, on staff's termination; never finalised, nothing published).
 */
public enum ReviewStatus {
    DRAFT, SELF_ASSESSMENT, MANAGER_ASSESSMENT, MEETING_HELD, FINALIZED, ACKNOWLEDGED, CANCELLED;

    public static final List<ReviewStatus> UNDER_WAY = List.of(DRAFT, SELF_ASSESSMENT, MANAGER_ASSESSMENT, MEETING_HELD);

    public List<ReviewStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> List.of(SELF_ASSESSMENT);
            case SELF_ASSESSMENT -> List.of(SELF_ASSESSMENT, MANAGER_ASSESSMENT);
            case MANAGER_ASSESSMENT -> List.of(MEETING_HELD);
            case MEETING_HELD -> List.of(FINALIZED);
            case FINALIZED -> List.of(ACKNOWLEDGED);
            case ACKNOWLEDGED, CANCELLED -> List.of();
        };
    }
}
