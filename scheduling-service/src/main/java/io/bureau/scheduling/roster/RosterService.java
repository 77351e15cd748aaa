package io.bureau.scheduling.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.scheduling.events.StaffEvents.AbsenceCancelled;
import io.bureau.scheduling.events.StaffEvents.AbsenceRecorded;
import io.bureau.scheduling.events.StaffEvents.DepartmentChanged;
import io.bureau.scheduling.events.StaffEvents.EmployeeProfile;
import io.bureau.scheduling.events.StaffEvents.Skill;
import io.bureau.scheduling.events.StaffEvents.SkillsChanged;
import io.bureau.scheduling.events.StaffEvents.StatusChanged;
import io.bureau.scheduling.events.StaffEvents.Terminated;

/**
 * Builds the roster from staff events, whatever order they arrive in: every aspect (profile,
 * status, skills, an absence, a department) keeps the state of the newest event seen, by the
 * event's time; an event about someone not yet known starts their row, and their profile fills
 * in when it arrives. Runs inside the consumer's transaction (or the replay's, see {@link RosterRebuild}):
 * every check of an event comes before any change it makes, so a refused event changes nothing.
 */
@ApplicationScoped
public class RosterService {

    private static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(168);

    /**
     * When the event happened (ce_time): what the roster orders by. Without it the event cannot be
     * placed. Cut to the microseconds the database keeps, so equal times stay equal once stored.
     */
    public static OffsetDateTime timeOf(IncomingEvent event) {
        if (event.time() == null) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") has no ce_time to order it by");
        }
        return event.time().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void profile(EmployeeProfile event, boolean hired, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.departmentId() != null, "departmentId");
        // The roster shows these on every person; staff's contract says every profile event carries them.
        require(event.firstName() != null && event.lastName() != null, "firstName and lastName");
        require(event.position() != null, "position");
        require(event.weeklyHours() == null || event.weeklyHours().signum() >= 0 && event.weeklyHours().compareTo(MAX_WEEKLY_HOURS) <= 0,
                "weeklyHours between 0 and 168");
        // Every check comes before any change, so a refused event leaves nothing behind (a replay applies events in one transaction).
        List<RosterSkill> startingSkills = hired && event.skills() != null ? skillsOf(event.skills()) : null;
        RosterPerson person = personFor(event.employeeId());
        person.describe(new RosterPerson.Profile(event.firstName(), event.lastName(), event.position(),
                event.departmentId(), event.managerId(), event.hireDate(), event.weeklyHours(), event.workingDays()), at);
        person.moveTo(event.status(), hired ? event.hireDate() : null, null, at);
        if (startingSkills != null) {
            person.replaceSkills(startingSkills, at);
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void statusChanged(StatusChanged event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.status() != null, "status");
        personFor(event.employeeId()).moveTo(event.status(), event.since(), event.until(), at);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void terminated(Terminated event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        personFor(event.employeeId()).leave(event.lastWorkingDay(), at);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void skillsChanged(SkillsChanged event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.skills() != null, "skills");
        List<RosterSkill> skills = skillsOf(event.skills());
        personFor(event.employeeId()).replaceSkills(skills, at);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void absenceRecorded(AbsenceRecorded event, OffsetDateTime at) {
        requireAbsence(event.employeeId(), event.absenceId(), event.firstDay(), event.lastDay());
        personFor(event.employeeId());
        describeAbsence(event.absenceId(), event.employeeId(), event.kind(), event.firstDay(), event.lastDay(), false, at);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void absenceCancelled(AbsenceCancelled event, OffsetDateTime at) {
        requireAbsence(event.employeeId(), event.absenceId(), event.firstDay(), event.lastDay());
        personFor(event.employeeId());
        describeAbsence(event.absenceId(), event.employeeId(), null, event.firstDay(), event.lastDay(), true, at);
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = PoisonEventException.class)
    public void department(DepartmentChanged event, OffsetDateTime at) {
        require(event.departmentId() != null, "departmentId");
        require(event.name() != null, "name");
        RosterDepartment department = RosterDepartment.findById(event.departmentId());
        if (department == null) {
            department = new RosterDepartment();
            department.id = event.departmentId();
            department.describe(event.name(), event.parentId(), event.managerId(), at);
            department.persist();
        } else {
            department.describe(event.name(), event.parentId(), event.managerId(), at);
        }
    }

    private RosterPerson personFor(UUID id) {
        RosterPerson person = RosterPerson.findById(id);
        if (person == null) {
            person = new RosterPerson();
            person.id = id;
            person.persist();
        }
        return person;
    }

    private static void describeAbsence(UUID id, UUID personId, String kind, LocalDate firstDay, LocalDate lastDay,
                                        boolean cancelled, OffsetDateTime at) {
        RosterAbsence absence = RosterAbsence.findById(id);
        if (absence == null) {
            absence = new RosterAbsence();
            absence.id = id;
            absence.describe(personId, kind, firstDay, lastDay, cancelled, at);
            absence.persist();
        } else {
            absence.describe(personId, kind, firstDay, lastDay, cancelled, at);
        }
    }

    private static List<RosterSkill> skillsOf(List<Skill> skills) {
        Set<UUID> seen = new HashSet<>();
        for (Skill skill : skills) {
            require(skill != null && skill.skillId() != null && skill.name() != null, "skills[].skillId and name");
            require(skill.level() >= 1 && skill.level() <= 5, "skills[].level between 1 and 5");
            require(seen.add(skill.skillId()), "skills[] naming each skill once");
        }
        return skills.stream().map(s -> new RosterSkill(s.skillId(), s.name(), s.level(), s.expiresOn())).toList();
    }

    private static void requireAbsence(UUID employeeId, UUID absenceId, LocalDate firstDay, LocalDate lastDay) {
        require(employeeId != null, "employeeId");
        require(absenceId != null, "absenceId");
        require(firstDay != null && lastDay != null, "firstDay and lastDay");
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new PoisonEventException("the event lacks " + what);
        }
    }
}
