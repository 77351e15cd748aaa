package io.bureau.reviews.counseling;

import java.time.LocalDate;
import java.util.UUID;

/** Topic {@code bureau.reviews.counseling}: that a referral exists for someone, and nothing else, ever. */
public final class CounselingEvents {

    public static final String REFERRAL_OPENED = "bureau.reviews.counseling.referral-opened.v1";

    private CounselingEvents() {
    }

    public record ReferralOpened(UUID referralId, UUID employeeId, LocalDate openedOn) {
    }
}
