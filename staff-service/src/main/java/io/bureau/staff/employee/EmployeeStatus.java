package io.bureau.staff.employee;

import java.util.List;

/** Where a person is in their employment: active → on leave → active, and finally terminated. */
public enum EmployeeStatus {
    ACTIVE, ON_LEAVE, TERMINATED;

    public List<EmployeeStatus> allowedNext() {
        return switch (this) {
            case ACTIVE -> List.of(ON_LEAVE, TERMINATED);
            case ON_LEAVE -> List.of(ACTIVE, TERMINATED);
            case TERMINATED -> List.of();
        };
    }
}
