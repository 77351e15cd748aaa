package io.bureau.staff.hiring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Hiring's events, for reviews and procurement to prepare for new people. Openings are on topic
 * {@code bureau.staff.job-opening}, keyed by opening id; applications on
 * {@code bureau.staff.job-application}, keyed by application id. No offer terms, no candidate
 * contact data, no reasons.
 */
public final class HiringEvents {

    public static final String OPENING_OPENED = "bureau.staff.job-opening.opened.v1";
    public static final String OPENING_CLOSED = "bureau.staff.job-opening.closed.v1";
    public static final String OFFER_ACCEPTED = "bureau.staff.job-application.offer-accepted.v1";

    private HiringEvents() {
    }

    public record JobOpeningOpened(UUID openingId, String position, UUID departmentId, int headcount,
                                   List<RequiredSkill> requiredSkills) {

        static JobOpeningOpened of(JobOpening o) {
            return new JobOpeningOpened(o.id, o.position, o.departmentId, o.headcount,
                    o.requiredSkills.stream().map(s -> new RequiredSkill(s.skillId, s.minLevel)).toList());
        }
    }

    public record RequiredSkill(UUID skillId, int minLevel) {
    }

    /** Why an opening closed: every position filled, or closed before that. */
    public enum ClosedAs {
        FILLED, WITHDRAWN
    }

    public record JobOpeningClosed(UUID openingId, UUID departmentId, int headcount, int filled, ClosedAs closedAs) {

        static JobOpeningClosed of(JobOpening o) {
            return new JobOpeningClosed(o.id, o.departmentId, o.headcount, o.filled,
                    o.filled >= o.headcount ? ClosedAs.FILLED : ClosedAs.WITHDRAWN);
        }
    }

    /** The candidate said yes: a new person will start on startDate (equipment, accounts, training to prepare). */
    public record JobOfferAccepted(UUID applicationId, UUID offerId, UUID openingId, UUID departmentId, String position,
                                   LocalDate startDate) {
    }
}
