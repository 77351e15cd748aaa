package io.bureau.staff.employee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.employee.EmployeeDtos.AbsenceRequest;
import io.bureau.staff.employee.EmployeeDtos.AbsenceView;
import io.bureau.staff.employee.EmployeeEvents.AbsenceCancelled;
import io.bureau.staff.employee.EmployeeEvents.AbsenceRecorded;

/** Dated absences; a person is never recorded as away twice on the same day. */
@ApplicationScoped
public class AbsenceService {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeService employees;

    /** The person records their own absence, or someone who manages them does. */
    @Transactional
    public AbsenceView record(UUID employeeId, AbsenceRequest request) {
        if (request.lastDay().isBefore(request.firstDay())) {
            throw Problems.invalidField("lastDay", "must not be before firstDay");
        }
        Employee employee = lockEmployee(employeeId);
        requireSelfOrManager(employee);
        return shown(AbsenceView.of(recordFor(employee, request.kind(), request.firstDay(), request.lastDay(), request.note())));
    }

    private Employee lockEmployee(UUID employeeId) {
        // Locking the employee serialises absences per person, so two overlapping requests
        // arriving together cannot both pass the overlap check.
        return employees.requireForUpdate(employeeId);
    }

    private Absence recordFor(Employee employee, AbsenceKind kind, LocalDate firstDay, LocalDate lastDay, String note) {
        if (!employee.worksUntil(lastDay)) {
            throw Problems.conflict("Employee " + employee.id + " leaves after " + employee.lastWorkingDay
                    + "; no absence can run past it");
        }
        Absence overlapping = Absence.firstRecordedOverlapping(employee.id, firstDay, lastDay);
        if (overlapping != null) {
            throw Problems.conflict("The absence overlaps absence " + overlapping.id + " (" + overlapping.kind + " "
                    + overlapping.firstDay + " to " + overlapping.lastDay + ")");
        }
        return save(employee.id, kind, firstDay, lastDay, note, null);
    }

    /** Persists a recorded absence, publishes absence-recorded and audits it; the caller checked the rules. */
    Absence save(UUID employeeId, AbsenceKind kind, LocalDate firstDay, LocalDate lastDay, String note, UUID enrolmentId) {
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.employeeId = employeeId;
        absence.kind = kind;
        absence.firstDay = firstDay;
        absence.lastDay = lastDay;
        absence.note = note;
        absence.enrolmentId = enrolmentId;
        absence.status = AbsenceStatus.RECORDED;
        absence.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        absence.persist();
        outbox.publish(EmployeeEvents.ABSENCE_RECORDED, employeeId,
                new AbsenceRecorded(employeeId, absence.id, absence.kind.neutral(), absence.firstDay, absence.lastDay));
        audit.record("employee.absence-recorded", EmployeeService.AUDIT_TYPE, employeeId, null, AbsenceView.of(absence));
        return absence;
    }

    @Transactional
    public AbsenceView cancel(UUID employeeId, UUID absenceId, String ifMatch) {
        Absence absence = Absence.<Absence>find("id = ?1 and employeeId = ?2", absenceId, employeeId).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Absence", absenceId));
        requireSelfOrManager(Employee.findById(employeeId));
        ETags.checkIfMatch(ifMatch, absence.version);
        if (absence.status == AbsenceStatus.CANCELLED) {
            throw Problems.conflict("Absence " + absenceId + " is already cancelled");
        }
        return shown(cancelRecorded(absence));
    }

    /** Cancels a recorded absence, publishes absence-cancelled and audits it. */
    AbsenceView cancelRecorded(Absence absence) {
        AbsenceView before = AbsenceView.of(absence);
        absence.status = AbsenceStatus.CANCELLED;
        Absence.flush();
        outbox.publish(EmployeeEvents.ABSENCE_CANCELLED, absence.employeeId,
                new AbsenceCancelled(absence.employeeId, absence.id, absence.firstDay, absence.lastDay));
        AbsenceView after = AbsenceView.of(absence);
        audit.record("employee.absence-cancelled", EmployeeService.AUDIT_TYPE, absence.employeeId, before, after);
        return after;
    }

    public Page<AbsenceView> list(UUID employeeId, PageRequest page) {
        Employee employee = Employee.<Employee>findByIdOptional(employeeId).orElseThrow(() -> Problems.notFound("Employee", employeeId));
        access.requireRead(employee.id, employee.departmentId);
        var query = Absence.<Absence>find("employeeId = ?1 order by "
                + page.orderBy(Map.of("firstDay", "firstDay", "kind", "kind"), "firstDay desc, id"), employeeId);
        return new Page<>(query.page(page.page, page.size).list().stream().map(AbsenceView::of).map(this::shown).toList(),
                page.page, page.size, query.count());
    }

    /** The real kind and the note only to the person, their manager chain and admins. */
    private AbsenceView shown(AbsenceView absence) {
        return access.seesPrivateDetailsOf(absence.employeeId()) ? absence : absence.withoutReason();
    }

    private void requireSelfOrManager(Employee employee) {
        if (!caller.isEmployee(employee.id)) {
            access.requireManage(employee.id, employee.departmentId);
        }
    }
}
