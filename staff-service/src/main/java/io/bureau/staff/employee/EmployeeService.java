package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.employee.EmployeeDtos.EmployeeCreateRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeHrLinkRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeManagerRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeProfileRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeStatusChangeRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeView;
import io.bureau.staff.employee.EmployeeEvents.EmployeeHired;
import io.bureau.staff.employee.EmployeeEvents.EmployeeProfileChanged;
import io.bureau.staff.employee.EmployeeEvents.HiredSkill;
import io.bureau.staff.employee.EmployeeEvents.EmployeeStatusChanged;
import io.bureau.staff.employee.EmployeeEvents.EmployeeTerminated;

/** Employees' profiles, status and search; every change is audited and published. */
@ApplicationScoped
public class EmployeeService {

    /**
     * Every change to a person's records (profile, status, skills, absences, file) is audited
     * under this type and the employee's id, so one query shows a person's whole history.
     */
    public static final String AUDIT_TYPE = "employee";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    DepartmentService departments;

    @Inject
    EmployeeQueries queries;

    @Transactional
    public EmployeeView create(EmployeeCreateRequest request) {
        access.requireManageDepartment(request.departmentId());
        requireMayNameManager(null, request.departmentId(), request.managerId());
        return queries.shown(register(request.profile(), request.managerId(), null, List.of()));
    }

    /**
     * Creates an active employee and publishes that they were hired. No caller checks: hiring and
     * the HR import call it after their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employee register(EmployeeProfileRequest profile, UUID managerId, String externalHrId, List<HiredSkill> skills) {
        return register(UUID.randomUUID(), profile, managerId, externalHrId, skills);
    }

    /** As {@link #register(EmployeeProfileRequest, UUID, String, List)}, under an id given in advance (the demo office's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employee register(UUID id, EmployeeProfileRequest profile, UUID managerId, String externalHrId,
                             List<HiredSkill> skills) {
        validate(null, profile);
        requireValidManager(null, managerId);
        requireFreeHrId(null, externalHrId);
        Employee employee = new Employee();
        employee.id = id;
        employee.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        employee.status = EmployeeStatus.ACTIVE;
        employee.statusSince = profile.hireDate();
        applyProfile(employee, profile);
        employee.managerId = managerId;
        employee.externalHrId = blankToNull(externalHrId);
        employee.persist();
        outbox.publish(EmployeeEvents.HIRED, employee.id, EmployeeHired.of(employee, skills));
        audit.record("employee.hired", AUDIT_TYPE, employee.id, null, EmployeeView.of(employee));
        return employee;
    }

    /** Replaces the profile; the manager and the HR id stay as they are. */
    @Transactional
    public EmployeeView update(UUID id, EmployeeProfileRequest profile, String ifMatch) {
        Employee employee = require(id);
        access.requireManage(employee.id, employee.departmentId);
        if (!profile.departmentId().equals(employee.departmentId)) {
            access.requireManageDepartment(profile.departmentId());
        }
        ETags.checkIfMatch(ifMatch, employee.version);
        validate(employee.id, profile);
        change(employee, "employee.updated", e -> applyProfile(e, profile));
        return queries.shown(employee);
    }

    /** Names the person's line manager, under {@link PeopleAccess#requireMayNameManager}'s rule. */
    @Transactional
    public EmployeeView changeManager(UUID id, EmployeeManagerRequest request, String ifMatch) {
        Employee employee = require(id);
        access.requireManage(employee.id, employee.departmentId);
        ETags.checkIfMatch(ifMatch, employee.version);
        requireMayNameManager(employee.id, employee.departmentId, request.managerId());
        change(employee, "employee.manager-changed", e -> e.managerId = request.managerId());
        return queries.shown(employee);
    }

    /** Links the person to their record in the HR system (or unlinks them); an admin's correction. */
    @Transactional
    public EmployeeView linkHrRecord(UUID id, EmployeeHrLinkRequest request, String ifMatch) {
        Employee employee = require(id);
        ETags.checkIfMatch(ifMatch, employee.version);
        if (request.externalHrId() != null && request.externalHrId().isBlank()) {
            throw Problems.invalidField("externalHrId", "must not be blank; leave it out to unlink");
        }
        requireFreeHrId(employee.id, request.externalHrId());
        change(employee, "employee.hr-record-linked", e -> e.externalHrId = blankToNull(request.externalHrId()));
        return queries.shown(employee);
    }

    /**
     * The HR system's word on a person it knows: their profile and manager. Publishes and audits
     * only a real change, so sending the same row twice changes nothing.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reconcile(Employee employee, EmployeeProfileRequest profile, UUID managerId) {
        validate(employee.id, profile);
        requireValidManager(employee.id, managerId);
        return change(employee, "employee.updated", e -> {
            applyProfile(e, profile);
            e.managerId = managerId;
        });
    }

    /**
     * Applies a change; audits it when the record changed, and publishes it when what consumers
     * hold of the person changed (the HR id, for one, is not theirs).
     *
     * @return whether anything changed
     */
    private boolean change(Employee employee, String action, Consumer<Employee> change) {
        EmployeeView before = EmployeeView.of(employee);
        EmployeeProfileChanged publishedBefore = EmployeeProfileChanged.of(employee);
        change.accept(employee);
        Employee.flush();
        EmployeeView after = EmployeeView.of(employee);
        if (after.equals(before)) {
            return false;
        }
        EmployeeProfileChanged published = EmployeeProfileChanged.of(employee);
        if (!published.equals(publishedBefore)) {
            outbox.publish(EmployeeEvents.UPDATED, employee.id, published);
        }
        audit.record(action, AUDIT_TYPE, employee.id, before, after);
        return true;
    }

    /** A manager named through the API: a real, current colleague, named by someone the rule allows. */
    public void requireMayNameManager(UUID employeeId, UUID departmentId, UUID managerId) {
        Employee manager = requireValidManager(employeeId, managerId);
        if (manager != null && manager.status == EmployeeStatus.TERMINATED) {
            throw Problems.invalidField("managerId", "employee " + managerId + " has left");
        }
        access.requireMayNameManager(employeeId, departmentId, managerId, manager == null ? null : manager.departmentId);
    }

    @Transactional
    public EmployeeView changeStatus(UUID id, EmployeeStatusChangeRequest request, String ifMatch) {
        Employee employee = require(id);
        access.requireManage(employee.id, employee.departmentId);
        ETags.checkIfMatch(ifMatch, employee.version);
        EmployeeStatus previous = employee.status;
        EmployeeView before = EmployeeView.of(employee);
        switch (request.status()) {
            case ON_LEAVE -> employee.goOnLeave(request.from(), request.until(), request.reason());
            case ACTIVE -> employee.returnToWork(request.from() != null ? request.from() : LocalDate.now(ZoneOffset.UTC),
                    request.reason());
            case TERMINATED -> employee.leave(request.lastWorkingDay(), request.reason());
        }
        Employee.flush();
        // Every move is a status change, so a roster built from status alone stays right; leaving
        // also says the last working day, which is what procurement and reviews act on.
        outbox.publish(EmployeeEvents.STATUS_CHANGED, employee.id, new EmployeeStatusChanged(employee.id, previous,
                employee.status, employee.statusSince, employee.statusUntil));
        if (employee.status == EmployeeStatus.TERMINATED) {
            outbox.publish(EmployeeEvents.TERMINATED, employee.id, new EmployeeTerminated(employee.id, employee.lastWorkingDay));
        }
        EmployeeView after = EmployeeView.of(employee);
        audit.record("employee.status-changed", AUDIT_TYPE, employee.id, before, after);
        return queries.shown(employee);
    }

    /** For other features: the employee, or 404. */
    public Employee require(UUID id) {
        return Employee.<Employee>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Employee", id));
    }

    /**
     * For other features: the employee, locked until the transaction ends, or 404. Whatever is
     * built from the person's current state (a full-state event, an overlap check) is then built
     * by one transaction at a time, each seeing what the one before committed.
     */
    public Employee requireForUpdate(UUID id) {
        return Employee.<Employee>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Employee", id));
    }

    private void validate(UUID employeeId, EmployeeProfileRequest profile) {
        departments.requireExists(profile.departmentId(), "departmentId");
        UUID self = employeeId == null ? new UUID(0, 0) : employeeId;
        if (Employee.isWorkEmailTaken(profile.workEmail(), self)) {
            throw Problems.conflictOn("workEmail", "is already the work email of another employee");
        }
    }

    private static void requireFreeHrId(UUID employeeId, String externalHrId) {
        UUID self = employeeId == null ? new UUID(0, 0) : employeeId;
        if (externalHrId != null && Employee.findByExternalHrId(externalHrId.trim()).filter(e -> !e.id.equals(self)).isPresent()) {
            throw Problems.conflictOn("externalHrId", "already belongs to another employee");
        }
    }

    /** The named manager exists, is not the person, and is not someone reporting to them. */
    private Employee requireValidManager(UUID employeeId, UUID managerId) {
        if (managerId == null) {
            return null;
        }
        if (managerId.equals(employeeId)) {
            throw Problems.invalidField("managerId", "an employee cannot manage themselves");
        }
        Employee manager = Employee.findById(managerId);
        if (manager == null) {
            throw Problems.invalidField("managerId", "employee " + managerId + " does not exist");
        }
        if (employeeId != null && access.managerChain(managerId).contains(employeeId)) {
            throw Problems.invalidField("managerId", "would make a loop in the reporting line");
        }
        return manager;
    }

    private static void applyProfile(Employee employee, EmployeeProfileRequest profile) {
        employee.firstName = profile.firstName().trim();
        employee.lastName = profile.lastName().trim();
        employee.workEmail = profile.workEmail().trim();
        employee.phone = blankToNull(profile.phone());
        employee.position = profile.position().trim();
        employee.departmentId = profile.departmentId();
        employee.hireDate = profile.hireDate();
        // One decimal, as stored: 38 and 38.0 are the same contract.
        BigDecimal hours = profile.weeklyHours().setScale(1, RoundingMode.HALF_UP);
        if (employee.weeklyHours == null || employee.weeklyHours.compareTo(hours) != 0) {
            employee.weeklyHours = hours;
        }
        Set<DayOfWeek> days = WorkingDaysConverter.inWeekOrder(profile.workingDays());
        if (!days.equals(employee.workingDays)) {
            employee.workingDays = days;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
