package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who works here: profile, place in the organisation, contract and employment status. */
@Entity
public class Employee extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "work_email", nullable = false)
    public String workEmail;

    public String phone;

    @Column(nullable = false)
    public String position;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "weekly_hours", nullable = false)
    public BigDecimal weeklyHours;

    @Convert(converter = WorkingDaysConverter.class)
    @Column(name = "working_days", nullable = false)
    public Set<DayOfWeek> workingDays;

    @Column(name = "external_hr_id")
    public String externalHrId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmployeeStatus status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** The planned end of a leave. */
    @Column(name = "status_until")
    public LocalDate statusUntil;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "last_working_day")
    public LocalDate lastWorkingDay;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** Work email is unique whatever its case; is it someone's other than {@code exceptId}'s? */
    public static boolean isWorkEmailTaken(String workEmail, UUID exceptId) {
        return count("lower(workEmail) = ?1 and id <> ?2", workEmail.trim().toLowerCase(), exceptId) > 0;
    }

    public static Optional<Employee> findByExternalHrId(String externalHrId) {
        return find("externalHrId", externalHrId).firstResultOptional();
    }

    /** Whether the person still works here on {@code day}: not after the last working day of someone who left. */
    public boolean worksUntil(LocalDate day) {
        return status != EmployeeStatus.TERMINATED || !day.isAfter(lastWorkingDay);
    }

    /** Leave needs its first day, its planned last day (not before the first) and a reason. */
    public void goOnLeave(LocalDate from, LocalDate until, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required to go on leave"));
        }
        if (until == null) {
            errors.add(new FieldError("until", "is required to go on leave"));
        } else if (from != null && until.isBefore(from)) {
            errors.add(new FieldError("until", "must not be before from"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required to go on leave"));
        }
        moveTo(EmployeeStatus.ON_LEAVE, errors);
        statusSince = from;
        statusUntil = until;
        statusReason = reason;
    }

    public void returnToWork(LocalDate from, String reason) {
        moveTo(EmployeeStatus.ACTIVE, List.of());
        statusSince = from;
        statusUntil = null;
        statusReason = reason;
    }

    /** Leaving needs the last working day and a reason; it is final. */
    public void leave(LocalDate lastDay, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (lastDay == null) {
            errors.add(new FieldError("lastWorkingDay", "is required to terminate"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required to terminate"));
        }
        moveTo(EmployeeStatus.TERMINATED, errors);
        lastWorkingDay = lastDay;
        statusSince = lastDay;
        statusUntil = null;
        statusReason = reason;
    }

    /** A move the state machine does not allow is a conflict; a move it allows still needs valid details. */
    private void moveTo(EmployeeStatus next, List<FieldError> errors) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Employee " + id, status, next, status.allowedNext());
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        status = next;
    }
}
