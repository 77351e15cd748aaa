package io.bureau.scheduling.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.scheduling.roster.RosterLock;
import io.smallrye.common.annotation.Blocking;

/** Staff's employee events become the roster's people, skills and absences (waiting while an admin rebuilds it). */
@ApplicationScoped
public class StaffEmployeeConsumer {

    public static final String CONSUMER = "scheduling.roster.employee";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    StaffEventHandler handler;

    @Inject
    RosterLock lock;

    @Incoming("staff-employee-events")
    @Blocking
    public void onEmployeeEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            lock.shareForLiveEvent();
            handler.employee(event);
        });
    }
}
