package io.bureau.procurement.events;

import java.time.LocalDate;
import java.util.UUID;

/** Our copy of the staff events procurement uses (tolerant reader: unknown fields are ignored). */
public final class StaffEvents {

    public static final String HIRED = "bureau.staff.employee.hired.v1";
    public static final String UPDATED = "bureau.staff.employee.updated.v1";
    public static final String TERMINATED = "bureau.staff.employee.terminated.v1";
    public static final String DEPARTMENT_CREATED = "bureau.staff.department.created.v1";
    public static final String DEPARTMENT_UPDATED = "bureau.staff.department.updated.v1";

    private StaffEvents() {
    }

    public record EmployeeProfile(UUID employeeId, String position, UUID departmentId, UUID managerId, LocalDate hireDate) {
    }

    public record Terminated(UUID employeeId, LocalDate lastWorkingDay) {
    }

    public record DepartmentChanged(UUID departmentId, String name, UUID parentId, UUID managerId) {
    }
}
