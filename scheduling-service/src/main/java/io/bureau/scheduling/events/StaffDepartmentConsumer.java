package io.bureau.scheduling.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.scheduling.roster.RosterLock;
import io.smallrye.common.annotation.Blocking;

/** Staff's department events become the roster's departments, who manages what (waiting while an admin rebuilds it). */
@ApplicationScoped
public class StaffDepartmentConsumer {

    public static final String CONSUMER = "scheduling.roster.department";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    StaffEventHandler handler;

    @Inject
    RosterLock lock;

    @Incoming("staff-department-events")
    @Blocking
    public void onDepartmentEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            lock.shareForLiveEvent();
            handler.department(event);
        });
    }
}
