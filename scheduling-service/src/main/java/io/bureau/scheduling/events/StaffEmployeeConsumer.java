package io.bureau.scheduling.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.scheduling.events.StaffEvents.AbsenceCancelled;
import io.bureau.scheduling.events.StaffEvents.AbsenceRecorded;
import io.bureau.scheduling.events.StaffEvents.EmployeeProfile;
import io.bureau.scheduling.events.StaffEvents.SkillsChanged;
import io.bureau.scheduling.events.StaffEvents.StatusChanged;
import io.bureau.scheduling.events.StaffEvents.Terminated;
import io.bureau.scheduling.roster.RosterService;
import io.smallrye.common.annotation.Blocking;

/** Staff's employee events become the roster's people, skills and absences; other types are skipped. */
@ApplicationScoped
public class StaffEmployeeConsumer {

    static final String CONSUMER = "scheduling.roster.employee";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    RosterService roster;

    @Incoming("staff-employee-events")
    @Blocking
    public void onEmployeeEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case StaffEvents.HIRED -> roster.profile(event.dataAs(EmployeeProfile.class), true, RosterService.timeOf(event));
            case StaffEvents.UPDATED -> roster.profile(event.dataAs(EmployeeProfile.class), false, RosterService.timeOf(event));
            case StaffEvents.STATUS_CHANGED -> roster.statusChanged(event.dataAs(StatusChanged.class), RosterService.timeOf(event));
            case StaffEvents.TERMINATED -> roster.terminated(event.dataAs(Terminated.class), RosterService.timeOf(event));
            case StaffEvents.SKILLS_CHANGED -> roster.skillsChanged(event.dataAs(SkillsChanged.class), RosterService.timeOf(event));
            case StaffEvents.ABSENCE_RECORDED -> roster.absenceRecorded(event.dataAs(AbsenceRecorded.class), RosterService.timeOf(event));
            case StaffEvents.ABSENCE_CANCELLED -> roster.absenceCancelled(event.dataAs(AbsenceCancelled.class), RosterService.timeOf(event));
            default -> {
                // Another type on the topic (a newer event this service does not use): nothing to do.
            }
        }
    }
}
