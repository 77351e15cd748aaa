package io.bureau.scheduling.roster;

/** Where a person is in their employment, as staff publishes it. Only ACTIVE people take work. */
public enum RosterStatus {
    ACTIVE, ON_LEAVE, TERMINATED
}
