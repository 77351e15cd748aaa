package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.events.RelationsCaseEvents.CaseOpened;
import io.bureau.staff.events.RelationsCaseEvents.CaseResolved;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/**
 * The redacted summary of a relations case in the file of each person it names: a restricted
 * RELATIONS_CASE entry when it opens and one when it is resolved, with its kind, severity and
 * dates. What happened, who complained and the minutes stay in reviews-service, where only the
 * parties' managers and admins read them; the events never carry them.
 */
@ApplicationScoped
public class RelationsCaseConsumer {

    static final String CONSUMER = "staff.relations-case";
    private static final Map<String, String> KINDS = Map.of("CUSTOMER_COMPLAINT", "customer complaint",
            "STAFF_CONFLICT", "conflict between staff", "GRIEVANCE", "grievance");

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PersonnelFileService file;

    @Incoming("relations-case-events")
    @Blocking
    public void onRelationsCaseEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (RelationsCaseEvents.OPENED.equals(event.type())) {
                CaseOpened opened = event.dataAs(CaseOpened.class);
                file(event, opened.caseId(), opened.kind(), opened.severity(), opened.employeeIds(),
                        Payloads.require(opened.openedOn(), "openedOn", event), "opened");
            } else if (RelationsCaseEvents.RESOLVED.equals(event.type())) {
                CaseResolved resolved = event.dataAs(CaseResolved.class);
                file(event, resolved.caseId(), resolved.kind(), resolved.severity(), resolved.employeeIds(),
                        Payloads.require(resolved.resolvedOn(), "resolvedOn", event), "resolved");
            }
        });
    }

    private void file(IncomingEvent event, UUID caseId, String kind, String severity, List<UUID> employeeIds,
            LocalDate on, String what) {
        Payloads.require(caseId, "caseId", event);
        String said = KINDS.getOrDefault(Payloads.require(kind, "kind", event), kind);
        Payloads.require(severity, "severity", event);
        if (employeeIds == null || employeeIds.isEmpty()) {
            throw new PoisonEventException("employeeIds is missing or empty");
        }
        for (UUID employeeId : employeeIds.stream().distinct().toList()) {
            Payloads.requireKnownEmployee(employeeId, event);
            // One entry per person named: the event's id and the person make the entry's source.
            file.record(new RecordedEntry(employeeId, PersonnelFileEntryKind.RELATIONS_CASE,
                    "Relations case " + what + ": " + said + ", severity " + severity.toLowerCase(Locale.ROOT),
                    "Case " + caseId + " " + what + " on " + on + ". The case itself is kept in reviews-service.",
                    on, true, "event:" + event.type(), event.id() + "/" + employeeId));
        }
    }
}
