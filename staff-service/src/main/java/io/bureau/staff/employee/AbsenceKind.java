package io.bureau.staff.employee;

/** Why someone is away. */
public enum AbsenceKind {
    LEAVE, SICKNESS, TRAINING;

    /**
     * The kind told to those who may not know why the person is away (other services, and readers
     * outside the person's manager chain): sickness is a health matter, so it reads as leave.
     */
    public AbsenceKind neutral() {
        return this == SICKNESS ? LEAVE : this;
    }
}
