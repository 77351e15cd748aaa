package io.bureau.staff.events;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.events.CounselingEvents.CounselingReferralOpened;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/** A counseling referral leaves a restricted reference in the file: that one exists, never why. */
@ApplicationScoped
public class CounselingReferralConsumer {

    static final String CONSUMER = "staff.counseling-referral";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PersonnelFileService file;

    @Incoming("counseling-events")
    @Blocking
    public void onCounselingEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (CounselingEvents.REFERRAL_OPENED.equals(event.type())) {
                referralOpened(event);
            }
        });
    }

    private void referralOpened(IncomingEvent event) {
        CounselingReferralOpened referral = event.dataAs(CounselingReferralOpened.class);
        if (referral.employeeId() == null || Employee.findById(referral.employeeId()) == null) {
            throw new PoisonEventException("counseling referral " + referral.referralId() + " is of unknown employee "
                    + referral.employeeId());
        }
        LocalDate openedOn = referral.openedOn() != null ? referral.openedOn() : LocalDate.now(ZoneOffset.UTC);
        file.record(RecordedEntry.fromEvent(referral.employeeId(), PersonnelFileEntryKind.COUNSELING_REFERENCE,
                "Counseling referral", "Referral " + referral.referralId() + "; its details stay with the counseling service",
                openedOn, true, event));
    }
}
