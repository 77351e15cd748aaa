package io.bureau.scheduling.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.scheduling.events.StaffEvents.DepartmentChanged;
import io.bureau.scheduling.roster.RosterService;
import io.smallrye.common.annotation.Blocking;

/** Staff's department events become the roster's departments (who manages what). */
@ApplicationScoped
public class StaffDepartmentConsumer {

    static final String CONSUMER = "scheduling.roster.department";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    RosterService roster;

    @Incoming("staff-department-events")
    @Blocking
    public void onDepartmentEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (StaffEvents.DEPARTMENT_CREATED.equals(event.type()) || StaffEvents.DEPARTMENT_UPDATED.equals(event.type())) {
                roster.department(event.dataAs(DepartmentChanged.class), RosterService.timeOf(event));
            }
        });
    }
}
