package io.bureau.staff.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.events.ImprovementPlanEvents.ImprovementPlanClosed;
import io.bureau.staff.events.ImprovementPlanEvents.ImprovementPlanOpened;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/** An improvement plan's opening and its outcome are noted in the person's file; the plan itself stays in reviews. */
@ApplicationScoped
public class ImprovementPlanConsumer {

    static final String CONSUMER = "staff.improvement-plan";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PersonnelFileService file;

    @Incoming("improvement-plan-events")
    @Blocking
    public void onImprovementPlanEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (ImprovementPlanEvents.OPENED.equals(event.type())) {
                ImprovementPlanOpened opened = event.dataAs(ImprovementPlanOpened.class);
                note(event, opened.employeeId(), "Improvement plan opened", "Plan " + opened.planId(), opened.openedOn());
            } else if (ImprovementPlanEvents.CLOSED.equals(event.type())) {
                ImprovementPlanClosed closed = event.dataAs(ImprovementPlanClosed.class);
                note(event, closed.employeeId(), "Improvement plan closed" + (closed.outcome() == null ? "" : ": " + closed.outcome()),
                        "Plan " + closed.planId(), closed.closedOn());
            }
        });
    }

    private void note(IncomingEvent event, UUID employeeId, String title, String body, LocalDate on) {
        if (employeeId == null || Employee.findById(employeeId) == null) {
            throw new PoisonEventException(event.type() + " is of unknown employee " + employeeId);
        }
        file.record(RecordedEntry.fromEvent(employeeId, PersonnelFileEntryKind.NOTE, title, body,
                on != null ? on : LocalDate.now(ZoneOffset.UTC), false, event));
    }
}
