package io.bureau.staff.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on topic {@code bureau.staff.onboarding}, keyed by plan id. */
public final class OnboardingEvents {

    public static final String COMPLETED = "bureau.staff.onboarding.completed.v1";

    private OnboardingEvents() {
    }

    public record OnboardingCompleted(UUID planId, UUID employeeId, UUID templateId, LocalDate startsOn,
                                      OffsetDateTime completedAt, int items, int completedLate) {
    }
}
