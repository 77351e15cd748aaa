package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Our own copy of the reviews context's relations-case events (tolerant reader). They carry ids,
 * kind, severity and dates only: never the description, the parties' names or the minutes.
 */
public final class RelationsCaseEvents {

    public static final String TOPIC = "bureau.reviews.case";
    public static final String OPENED = "bureau.reviews.case.opened.v1";
    public static final String RESOLVED = "bureau.reviews.case.resolved.v1";

    private RelationsCaseEvents() {
    }

    public record CaseOpened(UUID caseId, String kind, String severity, List<UUID> employeeIds, LocalDate openedOn) {
    }

    public record CaseResolved(UUID caseId, String kind, String severity, List<UUID> employeeIds, LocalDate resolvedOn) {
    }
}
