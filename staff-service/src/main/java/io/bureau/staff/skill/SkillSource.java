package io.bureau.staff.skill;

/** Where an employee's skill level came from. */
public enum SkillSource {
    /** The employee says so. */
    DECLARED,
    /** A manager confirmed it, or interviewers assessed it. */
    VERIFIED,
    /** A completed training granted it. */
    TRAINING
}
