package io.bureau.staff.personnelfile;

/** What a personnel-file entry records. */
public enum PersonnelFileEntryKind {
    NOTE, EVALUATION_SUMMARY, TRAINING_RECORD, COMMENDATION, WARNING,
    /** That a counseling referral exists, never why: always restricted. */
    COUNSELING_REFERENCE,
    /** An improvement plan for poor performance was opened or closed (dates and outcome only): always restricted. */
    IMPROVEMENT_PLAN,
    /** A relations case naming the person was opened or resolved (kind, severity, dates only): always restricted. */
    RELATIONS_CASE;

    /** Kinds that only the person's manager chain and admins ever read, whatever the writer asked. */
    public boolean alwaysRestricted() {
        return this == COUNSELING_REFERENCE || this == IMPROVEMENT_PLAN || this == RELATIONS_CASE;
    }
}
