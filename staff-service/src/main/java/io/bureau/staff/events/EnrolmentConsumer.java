package io.bureau.staff.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.AbsenceService;
import io.bureau.staff.events.EnrolmentEvents.EnrolmentCancelled;
import io.bureau.staff.events.EnrolmentEvents.EnrolmentCreated;
import io.smallrye.common.annotation.Blocking;

/** Training sessions someone enrolled in are training days away; a cancelled enrolment gives them back. */
@ApplicationScoped
public class EnrolmentConsumer {

    static final String CONSUMER = "staff.enrolment";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    AbsenceService absences;

    @Incoming("enrolment-events")
    @Blocking
    public void onEnrolmentEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (EnrolmentEvents.CREATED.equals(event.type())) {
                created(event);
            } else if (EnrolmentEvents.CANCELLED.equals(event.type())) {
                EnrolmentCancelled cancelled = event.dataAs(EnrolmentCancelled.class);
                if (cancelled.enrolmentId() == null) {
                    throw new PoisonEventException("enrolment cancelled without an enrolmentId");
                }
                absences.cancelTraining(cancelled.enrolmentId());
            }
        });
    }

    private void created(IncomingEvent event) {
        EnrolmentCreated enrolment = event.dataAs(EnrolmentCreated.class);
        if (enrolment.enrolmentId() == null || enrolment.employeeId() == null
                || enrolment.firstDay() == null || enrolment.lastDay() == null) {
            throw new PoisonEventException("enrolment " + enrolment.enrolmentId() + " lacks its employee or days");
        }
        absences.recordTraining(enrolment.employeeId(), enrolment.enrolmentId(), enrolment.firstDay(), enrolment.lastDay(),
                enrolment.trainingTitle() == null ? "Training" : "Training: " + enrolment.trainingTitle());
    }
}
