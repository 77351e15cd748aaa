package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.events.ImprovementPlanEvents.ImprovementPlanClosed;
import io.bureau.staff.events.ImprovementPlanEvents.ImprovementPlanOpened;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/**
 * An improvement plan's opening (with its due date) and its outcome go into the person's file as
 * restricted IMPROVEMENT_PLAN entries: the manager chain and admins read them. The plan itself,
 * its reasons and goals stay in reviews-service (the events never carry them).
 */
@ApplicationScoped
public class ImprovementPlanConsumer {

    static final String CONSUMER = "staff.improvement-plan";
    private static final Map<String, String> OUTCOMES = Map.of("SUCCEEDED", "succeeded", "EXTENDED", "extended",
            "NOT_SUCCEEDED", "not succeeded", "EMPLOYMENT_ENDED", "ended, the person left");

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PersonnelFileService file;

    @Incoming("improvement-plan-events")
    @Blocking
    public void onImprovementPlanEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (ImprovementPlanEvents.OPENED.equals(event.type())) {
                opened(event);
            } else if (ImprovementPlanEvents.CLOSED.equals(event.type())) {
                closed(event);
            }
        });
    }

    private void opened(IncomingEvent event) {
        ImprovementPlanOpened plan = event.dataAs(ImprovementPlanOpened.class);
        Payloads.require(plan.planId(), "planId", event);
        Payloads.requireKnownEmployee(plan.employeeId(), event);
        LocalDate openedOn = Payloads.require(plan.openedOn(), "openedOn", event);
        String body = "Plan " + plan.planId() + " opened on " + openedOn
                + (plan.dueOn() == null ? "." : ", due on " + plan.dueOn() + ".");
        file.record(RecordedEntry.fromEvent(plan.employeeId(), PersonnelFileEntryKind.IMPROVEMENT_PLAN,
                "Improvement plan opened", body, openedOn, true, event));
    }

    private void closed(IncomingEvent event) {
        ImprovementPlanClosed plan = event.dataAs(ImprovementPlanClosed.class);
        Payloads.require(plan.planId(), "planId", event);
        Payloads.requireKnownEmployee(plan.employeeId(), event);
        LocalDate closedOn = Payloads.require(plan.closedOn(), "closedOn", event);
        String outcome = Payloads.require(plan.outcome(), "outcome", event).strip();
        // An outcome added to the contract later is recorded as it is named, not refused.
        String said = OUTCOMES.getOrDefault(outcome, outcome);
        file.record(RecordedEntry.fromEvent(plan.employeeId(), PersonnelFileEntryKind.IMPROVEMENT_PLAN,
                "Improvement plan closed: " + said, "Plan " + plan.planId() + " closed on " + closedOn + "; outcome " + outcome + ".",
                closedOn, true, event));
    }
}
