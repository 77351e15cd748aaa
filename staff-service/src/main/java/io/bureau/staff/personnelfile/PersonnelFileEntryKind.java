package io.bureau.staff.personnelfile;

/** What a personnel-file entry records. */
public enum PersonnelFileEntryKind {
    NOTE, EVALUATION_SUMMARY, TRAINING_RECORD, COMMENDATION, WARNING,
    /** That a counseling referral exists, never why: always restricted. */
    COUNSELING_REFERENCE
}
