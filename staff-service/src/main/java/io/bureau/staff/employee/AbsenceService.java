package io.bureau.staff.employee;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import io.quarkus.panache.common.Parameters;

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

    /** The person records their own absence, or someone who manages them does. */
    @Transactional
    public AbsenceView record(UUID employeeId, AbsenceRequest request) {
        if (request.lastDay().isBefore(request.firstDay())) {
            throw Problems.invalidField("lastDay", "must not be before firstDay");
        }
        // Locking the employee serialises absences per person, so two overlapping requests
        // arriving together cannot both pass the overlap check.
        Employee employee = Employee.<Employee>findByIdOptional(employeeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Employee", employeeId));
        requireSelfOrManager(employee);
        Absence overlapping = Absence.<Absence>find("employeeId = :employee and status = :recorded"
                        + " and firstDay <= :lastDay and lastDay >= :firstDay order by firstDay",
                Parameters.with("employee", employeeId).and("recorded", AbsenceStatus.RECORDED)
                        .and("firstDay", request.firstDay()).and("lastDay", request.lastDay()))
                .firstResult();
        if (overlapping != null) {
            throw Problems.conflict("The absence overlaps absence " + overlapping.id + " (" + overlapping.kind + " "
                    + overlapping.firstDay + " to " + overlapping.lastDay + ")");
        }
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.employeeId = employeeId;
        absence.kind = request.kind();
        absence.firstDay = request.firstDay();
        absence.lastDay = request.lastDay();
        absence.note = request.note();
        absence.status = AbsenceStatus.RECORDED;
        absence.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        absence.persist();
        outbox.publish(EmployeeEvents.ABSENCE_RECORDED, employeeId,
                new AbsenceRecorded(employeeId, absence.id, absence.kind, absence.firstDay, absence.lastDay));
        AbsenceView view = AbsenceView.of(absence);
        audit.record("employee.absence-recorded", EmployeeService.AUDIT_TYPE, employeeId, null, view);
        return view;
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
        AbsenceView before = AbsenceView.of(absence);
        absence.status = AbsenceStatus.CANCELLED;
        Absence.flush();
        outbox.publish(EmployeeEvents.ABSENCE_CANCELLED, employeeId,
                new AbsenceCancelled(employeeId, absence.id, absence.firstDay, absence.lastDay));
        AbsenceView after = AbsenceView.of(absence);
        audit.record("employee.absence-cancelled", EmployeeService.AUDIT_TYPE, employeeId, before, after);
        return after;
    }

    public Page<AbsenceView> list(UUID employeeId, PageRequest page) {
        Employee employee = Employee.<Employee>findByIdOptional(employeeId).orElseThrow(() -> Problems.notFound("Employee", employeeId));
        access.requireRead(employee.id, employee.departmentId);
        var query = Absence.<Absence>find("employeeId = ?1 order by firstDay desc, id", employeeId);
        return new Page<>(query.page(page.page, page.size).list().stream().map(AbsenceView::of).toList(),
                page.page, page.size, query.count());
    }

    private void requireSelfOrManager(Employee employee) {
        if (!caller.isEmployee(employee.id)) {
            access.requireManage(employee.id, employee.departmentId);
        }
    }
}
