package io.bureau.reviews.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.reviews.events.SchedulingEvents.TaskAccepted;
import io.bureau.reviews.events.SchedulingEvents.TaskOverdue;
import io.bureau.reviews.events.SchedulingEvents.TaskReturned;
import io.bureau.reviews.metrics.WorkMetricsService;
import io.smallrye.common.annotation.Blocking;

/** Scheduling's accepted, returned and overdue task events become work facts; other task events are skipped. */
@ApplicationScoped
public class SchedulingTaskConsumer {

    static final String CONSUMER = "reviews.metrics.task";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    WorkMetricsService metrics;

    @Incoming("scheduling-task-events")
    @Blocking
    public void onTaskEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case SchedulingEvents.TASK_ACCEPTED -> metrics.accepted(event.dataAs(TaskAccepted.class));
            case SchedulingEvents.TASK_RETURNED -> metrics.returned(event.dataAs(TaskReturned.class));
            case SchedulingEvents.TASK_OVERDUE -> metrics.overdue(event.dataAs(TaskOverdue.class));
            default -> {
                // Created, assigned, started, ...: not evidence of performance.
            }
        }
    }
}
