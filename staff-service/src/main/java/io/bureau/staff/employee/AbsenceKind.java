package io.bureau.staff.employee;

/** Why someone is away. */
public enum AbsenceKind {
    LEAVE, SICKNESS, TRAINING
}
