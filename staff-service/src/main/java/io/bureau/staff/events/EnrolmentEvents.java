package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our own copy of the reviews context's enrolment events (tolerant reader). */
public final class EnrolmentEvents {

    public static final String TOPIC = "bureau.reviews.enrolment";
    public static final String CREATED = "bureau.reviews.enrolment.created.v1";
    public static final String CANCELLED = "bureau.reviews.enrolment.cancelled.v1";

    private EnrolmentEvents() {
    }

    /** An employee enrolled in a training session held on these days. */
    public record EnrolmentCreated(UUID enrolmentId, UUID employeeId, String trainingTitle, LocalDate firstDay,
                                   LocalDate lastDay) {
    }

    public record EnrolmentCancelled(UUID enrolmentId, UUID employeeId) {
    }
}
