package io.bureau.procurement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.procurement.events.StaffEvents.EmployeeProfile;
import io.bureau.procurement.events.StaffEvents.Terminated;
import io.bureau.procurement.people.PeopleService;
import io.bureau.procurement.provisioning.ProvisioningService;
import io.smallrye.common.annotation.Blocking;

/** Staff's employee events: the people read model, a provisioning request on hire, a return checklist on termination. */
@ApplicationScoped
public class StaffEmployeeConsumer {

    static final String CONSUMER = "procurement.people.employee";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PeopleService people;

    @Inject
    ProvisioningService provisioning;

    @Incoming("staff-employee-events")
    @Blocking
    public void onEmployeeEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case StaffEvents.HIRED -> {
                EmployeeProfile hire = event.dataAs(EmployeeProfile.class);
                provisioning.hired(people.profile(hire, PeopleService.timeOf(event)), hire.hireDate(), PeopleService.timeOf(event));
            }
            case StaffEvents.UPDATED -> people.profile(event.dataAs(EmployeeProfile.class), PeopleService.timeOf(event));
            case StaffEvents.TERMINATED -> {
                Terminated leaving = event.dataAs(Terminated.class);
                provisioning.terminated(people.person(leaving.employeeId()), leaving.lastWorkingDay(), PeopleService.timeOf(event));
            }
            default -> {
                // Another type on the topic: nothing to do here.
            }
        }
    }
}
