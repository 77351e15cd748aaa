package io.bureau.procurement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.procurement.events.StaffEvents.DepartmentChanged;
import io.bureau.procurement.people.PeopleService;
import io.smallrye.common.annotation.Blocking;

/** Staff's department events: who manages which department. */
@ApplicationScoped
public class StaffDepartmentConsumer {

    static final String CONSUMER = "procurement.people.department";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PeopleService people;

    @Incoming("staff-department-events")
    @Blocking
    public void onDepartmentEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (StaffEvents.DEPARTMENT_CREATED.equals(event.type()) || StaffEvents.DEPARTMENT_UPDATED.equals(event.type())) {
                people.department(event.dataAs(DepartmentChanged.class), PeopleService.timeOf(event));
            }
        });
    }
}
