package io.bureau.staff.employee;

/** Cancelled absences are kept, so the history shows what was planned. */
public enum AbsenceStatus {
    RECORDED, CANCELLED
}
