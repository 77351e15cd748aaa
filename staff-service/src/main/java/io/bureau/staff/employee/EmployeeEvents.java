package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Events on topic {@code bureau.staff.employee}, keyed by employee id. Payloads carry what the
 * roster, reviews and procurement need, never reasons for leave or termination.
 */
public final class EmployeeEvents {

    public static final String HIRED = "bureau.staff.employee.hired.v1";
    public static final String UPDATED = "bureau.staff.employee.updated.v1";
    public static final String STATUS_CHANGED = "bureau.staff.employee.status-changed.v1";
    public static final String TERMINATED = "bureau.staff.employee.terminated.v1";
    public static final String ABSENCE_RECORDED = "bureau.staff.employee.absence-recorded.v1";
    public static final String ABSENCE_CANCELLED = "bureau.staff.employee.absence-cancelled.v1";

    private EmployeeEvents() {
    }

    /** The profile as it now is: the payload of hired and updated. */
    public record EmployeeProfileChanged(UUID employeeId, String firstName, String lastName, String workEmail,
                                         String position, UUID departmentId, UUID managerId, LocalDate hireDate,
                                         BigDecimal weeklyHours, Set<DayOfWeek> workingDays, EmployeeStatus status) {

        static EmployeeProfileChanged of(Employee e) {
            return new EmployeeProfileChanged(e.id, e.firstName, e.lastName, e.workEmail, e.position, e.departmentId,
                    e.managerId, e.hireDate, e.weeklyHours, WorkingDaysConverter.inWeekOrder(e.workingDays), e.status);
        }
    }

    /** Leave started or ended. */
    public record EmployeeStatusChanged(UUID employeeId, EmployeeStatus previousStatus, EmployeeStatus status,
                                        LocalDate since, LocalDate until) {
    }

    public record EmployeeTerminated(UUID employeeId, LocalDate lastWorkingDay) {
    }

    /** The kind is {@link AbsenceKind#neutral()}: consumers learn that the person is away, not that they are ill. */
    public record AbsenceRecorded(UUID employeeId, UUID absenceId, AbsenceKind kind, LocalDate firstDay, LocalDate lastDay) {
    }

    public record AbsenceCancelled(UUID employeeId, UUID absenceId, LocalDate firstDay, LocalDate lastDay) {
    }
}
