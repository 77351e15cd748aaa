package io.bureau.reviews.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Our own copy of the staff context's events (tolerant reader): only the fields reviews uses;
 * anything else in a payload is ignored.
 */
public final class StaffEvents {

    public static final String HIRED = "bureau.staff.employee.hired.v1";
    public static final String UPDATED = "bureau.staff.employee.updated.v1";
    public static final String STATUS_CHANGED = "bureau.staff.employee.status-changed.v1";
    public static final String TERMINATED = "bureau.staff.employee.terminated.v1";
    public static final String DEPARTMENT_CREATED = "bureau.staff.department.created.v1";
    public static final String DEPARTMENT_UPDATED = "bureau.staff.department.updated.v1";

    private StaffEvents() {
    }

    /** The payload of hired and updated. */
    public record EmployeeProfile(UUID employeeId, String firstName, String lastName, UUID departmentId, UUID managerId,
                                  String status) {
    }

    public record StatusChanged(UUID employeeId, String status, LocalDate since) {
    }

    public record Terminated(UUID employeeId, LocalDate lastWorkingDay) {
    }

    public record DepartmentChanged(UUID departmentId, String name, UUID parentId, UUID managerId) {
    }
}
