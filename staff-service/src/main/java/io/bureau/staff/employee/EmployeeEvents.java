package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * A new employee: the profile, and what they can do from day one (the skills their interviews
     * assessed, for a hire; none otherwise), so a consumer needs no second event.
     */
    public record EmployeeHired(UUID employeeId, String firstName, String lastName, String workEmail,
                                String position, UUID departmentId, UUID managerId, LocalDate hireDate,
                                BigDecimal weeklyHours, Set<DayOfWeek> workingDays, EmployeeStatus status,
                                List<HiredSkill> skills) {

        static EmployeeHired of(Employee e, List<HiredSkill> skills) {
            return new EmployeeHired(e.id, e.firstName, e.lastName, e.workEmail, e.position, e.departmentId,
                    e.managerId, e.hireDate, e.weeklyHours, WorkingDaysConverter.inWeekOrder(e.workingDays), e.status,
                    List.copyOf(skills));
        }
    }

    public record HiredSkill(UUID skillId, String name, int level) {
    }

    /** Leave started or ended, or the person left (then also terminated). */
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
