package io.bureau.reviews.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.reviews.events.StaffEvents.EmployeeProfile;
import io.bureau.reviews.events.StaffEvents.StatusChanged;
import io.bureau.reviews.events.StaffEvents.Terminated;
import io.bureau.reviews.people.PeopleService;
import io.smallrye.common.annotation.Blocking;

/** Staff's employee events become reviews' people; other types on the topic are skipped. */
@ApplicationScoped
public class StaffEmployeeConsumer {

    static final String CONSUMER = "reviews.people.employee";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PeopleService people;

    @Incoming("staff-employee-events")
    @Blocking
    public void onEmployeeEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case StaffEvents.HIRED, StaffEvents.UPDATED ->
                    people.profile(event.dataAs(EmployeeProfile.class), PeopleService.timeOf(event));
            case StaffEvents.STATUS_CHANGED -> people.statusChanged(event.dataAs(StatusChanged.class), PeopleService.timeOf(event));
            case StaffEvents.TERMINATED -> people.terminated(event.dataAs(Terminated.class), PeopleService.timeOf(event));
            default -> {
                // Skills, absences and newer types: nothing reviews uses.
            }
        }
    }
}
