package io.bureau.scheduling.events;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bureau.scheduling.roster.RosterStatus;

/**
 * Our own copy of the staff context's events (tolerant reader): only the fields the roster uses;
 * anything else in a payload is ignored, so staff's additive changes never break us.
 */
public final class StaffEvents {

    public static final String EMPLOYEE_TOPIC = "bureau.staff.employee";
    public static final String DEPARTMENT_TOPIC = "bureau.staff.department";

    public static final String HIRED = "bureau.staff.employee.hired.v1";
    public static final String UPDATED = "bureau.staff.employee.updated.v1";
    public static final String STATUS_CHANGED = "bureau.staff.employee.status-changed.v1";
    public static final String TERMINATED = "bureau.staff.employee.terminated.v1";
    public static final String SKILLS_CHANGED = "bureau.staff.employee.skills-changed.v1";
    public static final String ABSENCE_RECORDED = "bureau.staff.employee.absence-recorded.v1";
    public static final String ABSENCE_CANCELLED = "bureau.staff.employee.absence-cancelled.v1";
    public static final String DEPARTMENT_CREATED = "bureau.staff.department.created.v1";
    public static final String DEPARTMENT_UPDATED = "bureau.staff.department.updated.v1";

    private StaffEvents() {
    }

    /** The payload of hired and updated; skills only in hired (the skills the person starts with). */
    public record EmployeeProfile(UUID employeeId, String firstName, String lastName, String position,
                                  UUID departmentId, UUID managerId, LocalDate hireDate, BigDecimal weeklyHours,
                                  Set<DayOfWeek> workingDays, RosterStatus status, List<Skill> skills) {
    }

    /** A skill as staff publishes it; hired carries no source or expiry. */
    public record Skill(UUID skillId, String name, int level, LocalDate expiresOn) {
    }

    public record StatusChanged(UUID employeeId, RosterStatus status, LocalDate since, LocalDate until) {
    }

    public record Terminated(UUID employeeId, LocalDate lastWorkingDay) {
    }

    /** The full set of unexpired skills, replacing what the roster held. */
    public record SkillsChanged(UUID employeeId, List<Skill> skills) {
    }

    /** The kind is neutral (LEAVE or TRAINING): why someone is away is never published. */
    public record AbsenceRecorded(UUID employeeId, UUID absenceId, String kind, LocalDate firstDay, LocalDate lastDay) {
    }

    public record AbsenceCancelled(UUID employeeId, UUID absenceId, LocalDate firstDay, LocalDate lastDay) {
    }

    public record DepartmentChanged(UUID departmentId, String name, UUID parentId, UUID managerId) {
    }
}
