package io.bureau.procurement.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.procurement.budget.TrainingBudgetService;
import io.bureau.procurement.events.ReviewsEvents.CostRequested;
import io.bureau.procurement.events.ReviewsEvents.CostWithdrawn;
import io.smallrye.common.annotation.Blocking;

/** Reviews asks for outside-training money: a budget decision goes back; a withdrawal releases it. */
@ApplicationScoped
public class TrainingCostConsumer {

    static final String CONSUMER = "procurement.budget.training";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    TrainingBudgetService training;

    @Incoming("reviews-training-events")
    @Blocking
    public void onTrainingEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case ReviewsEvents.COST_REQUESTED -> training.requested(event.dataAs(CostRequested.class));
            case ReviewsEvents.COST_WITHDRAWN -> training.withdrawn(event.dataAs(CostWithdrawn.class));
            default -> {
                // completed and other types are for other contexts.
            }
        }
    }
}
