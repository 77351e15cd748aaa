package io.bureau.staff.onboarding;

/** Who owns an item, resolved to a person when a plan is made. */
public enum OnboardingOwnerRole {
    /** The new employee themselves. */
    NEW_HIRE,
    /** Their line manager, or else their department's manager. */
    MANAGER
}
