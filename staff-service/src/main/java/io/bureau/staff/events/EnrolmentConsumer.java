package io.bureau.staff.events;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.TrainingDays;
import io.bureau.staff.events.EnrolmentEvents.EnrolmentCancelled;
import io.bureau.staff.events.EnrolmentEvents.EnrolmentCreated;
import io.smallrye.common.annotation.Blocking;

/**
 * A confirmed seat in a training session makes its days a TRAINING absence; a cancelled seat
 * gives them back, even when the cancellation arrives first ({@link TrainingDays}).
 */
@ApplicationScoped
public class EnrolmentConsumer {

    static final String CONSUMER = "staff.enrolment";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    TrainingDays trainingDays;

    @Incoming("enrolment-events")
    @Blocking
    public void onEnrolmentEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (EnrolmentEvents.CREATED.equals(event.type())) {
                created(event);
            } else if (EnrolmentEvents.CANCELLED.equals(event.type())) {
                cancelled(event);
            }
        });
    }

    private void created(IncomingEvent event) {
        EnrolmentCreated enrolment = event.dataAs(EnrolmentCreated.class);
        Payloads.require(enrolment.enrolmentId(), "enrolmentId", event);
        Payloads.requireKnownEmployee(enrolment.employeeId(), event);
        LocalDate startDate = Payloads.require(enrolment.startDate(), "startDate", event);
        LocalDate endDate = Payloads.require(enrolment.endDate(), "endDate", event);
        if (endDate.isBefore(startDate)) {
            throw new PoisonEventException("enrolment " + enrolment.enrolmentId() + " ends (" + endDate + ") before it starts ("
                    + startDate + ")");
        }
        trainingDays.recordEnrolment(enrolment.employeeId(), enrolment.enrolmentId(), startDate, endDate, enrolment.courseTitle());
    }

    private void cancelled(IncomingEvent event) {
        EnrolmentCancelled cancelled = event.dataAs(EnrolmentCancelled.class);
        Payloads.require(cancelled.enrolmentId(), "enrolmentId", event);
        Payloads.requireKnownEmployee(cancelled.employeeId(), event);
        trainingDays.cancelEnrolment(cancelled.employeeId(), cancelled.enrolmentId());
    }
}
