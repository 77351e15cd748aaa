package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our own copy of the reviews context's enrolment events (tolerant reader); only confirmed seats are published. */
public final class EnrolmentEvents {

    public static final String TOPIC = "bureau.reviews.enrolment";
    public static final String CREATED = "bureau.reviews.enrolment.created.v1";
    public static final String CANCELLED = "bureau.reviews.enrolment.cancelled.v1";

    private EnrolmentEvents() {
    }

    /** A seat in a training session held from startDate to endDate (both included) was confirmed. */
    public record EnrolmentCreated(UUID enrolmentId, UUID employeeId, String courseTitle, LocalDate startDate,
                                   LocalDate endDate) {
    }

    /** A confirmed seat was cancelled. */
    public record EnrolmentCancelled(UUID enrolmentId, UUID employeeId) {
    }
}
