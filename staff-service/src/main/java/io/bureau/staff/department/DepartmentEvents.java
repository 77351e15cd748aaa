package io.bureau.staff.department;

import java.util.UUID;

/** Events on topic {@code bureau.staff.department}, keyed by department id. */
public final class DepartmentEvents {

    public static final String CREATED = "bureau.staff.department.created.v1";
    public static final String UPDATED = "bureau.staff.department.updated.v1";

    private DepartmentEvents() {
    }

    /** The department as it now is; the same shape for created and updated. */
    public record DepartmentChanged(UUID departmentId, String name, UUID parentId, UUID managerId) {

        static DepartmentChanged of(Department department) {
            return new DepartmentChanged(department.id, department.name, department.parentId, department.managerId);
        }
    }
}
