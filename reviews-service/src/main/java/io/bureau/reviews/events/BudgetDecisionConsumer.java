package io.bureau.reviews.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.reviews.events.ProcurementEvents.BudgetDecision;
import io.bureau.reviews.training.EnrolmentService;
import io.smallrye.common.annotation.Blocking;

/** Procurement's decisions on training costs settle the enrolments waiting for them; other budget events are skipped. */
@ApplicationScoped
public class BudgetDecisionConsumer {

    static final String CONSUMER = "reviews.training.budget-decision";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EnrolmentService enrolments;

    @Incoming("procurement-budget-events")
    @Blocking
    public void onBudgetEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (ProcurementEvents.BUDGET_DECISION.equals(event.type())) {
                BudgetDecision decision = event.dataAs(BudgetDecision.class);
                if (ProcurementEvents.TRAINING_SOURCE.equals(decision.source())) {
                    enrolments.budgetDecided(decision);
                }
            }
        });
    }
}
