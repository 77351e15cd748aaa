package io.bureau.scheduling.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.bureau.platform.events.IncomingEvent;
import io.bureau.scheduling.events.StaffEvents.AbsenceCancelled;
import io.bureau.scheduling.events.StaffEvents.AbsenceRecorded;
import io.bureau.scheduling.events.StaffEvents.DepartmentChanged;
import io.bureau.scheduling.events.StaffEvents.EmployeeProfile;
import io.bureau.scheduling.events.StaffEvents.SkillsChanged;
import io.bureau.scheduling.events.StaffEvents.StatusChanged;
import io.bureau.scheduling.events.StaffEvents.Terminated;
import io.bureau.scheduling.roster.RosterService;

/**
 * What each staff event does to the roster: one translation, used by the live consumers and by the
 * admin's replay alike, so both build the same roster. Other types on the topics are skipped.
 */
@ApplicationScoped
public class StaffEventHandler {

    @Inject
    RosterService roster;

    public void employee(IncomingEvent event) {
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

    public void department(IncomingEvent event) {
        if (StaffEvents.DEPARTMENT_CREATED.equals(event.type()) || StaffEvents.DEPARTMENT_UPDATED.equals(event.type())) {
            roster.department(event.dataAs(DepartmentChanged.class), RosterService.timeOf(event));
        }
    }
}
