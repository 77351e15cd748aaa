package io.bureau.staff.onboarding;

/** What a checklist item is about. */
public enum OnboardingItemCategory {
    /** The office and its procedures. */
    ORIENTATION, PHONE_SYSTEM, OFFICE_EQUIPMENT, COMPUTER_SYSTEM, CUSTOM
}
