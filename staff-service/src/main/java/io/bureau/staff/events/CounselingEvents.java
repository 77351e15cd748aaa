package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our own copy of the reviews context's counseling events (tolerant reader); they never say why. */
public final class CounselingEvents {

    public static final String TOPIC = "bureau.reviews.counseling";
    public static final String REFERRAL_OPENED = "bureau.reviews.counseling.referral-opened.v1";

    private CounselingEvents() {
    }

    public record CounselingReferralOpened(UUID referralId, UUID employeeId, LocalDate openedOn) {
    }
}
