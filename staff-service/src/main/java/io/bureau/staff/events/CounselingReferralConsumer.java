package io.bureau.staff.events;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.events.CounselingEvents.CounselingReferralOpened;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/**
 * A counseling referral leaves a restricted reference in the file saying only that one exists and
 * since when: no reason, no referral id, nothing the counseling service keeps confidential.
 */
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
        Payloads.require(referral.referralId(), "referralId", event);
        Payloads.requireKnownEmployee(referral.employeeId(), event);
        LocalDate openedOn = Payloads.require(referral.openedOn(), "openedOn", event);
        file.record(RecordedEntry.fromEvent(referral.employeeId(), PersonnelFileEntryKind.COUNSELING_REFERENCE,
                "Counseling referral", "A counseling referral was opened on " + openedOn + ".", openedOn, true, event));
    }
}
