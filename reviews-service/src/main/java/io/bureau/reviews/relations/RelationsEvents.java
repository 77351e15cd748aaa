package io.bureau.reviews.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Topic {@code bureau.reviews.case}, keyed by case id: no description, no names. */
public final class RelationsEvents {

    public static final String OPENED = "bureau.reviews.case.opened.v1";
    public static final String RESOLVED = "bureau.reviews.case.resolved.v1";

    private RelationsEvents() {
    }

    public record CaseOpened(UUID caseId, RelationsCase.Kind kind, RelationsCase.Severity severity, List<UUID> employeeIds,
                             LocalDate openedOn) {
    }

    public record CaseResolved(UUID caseId, RelationsCase.Kind kind, RelationsCase.Severity severity, List<UUID> employeeIds,
                               LocalDate resolvedOn) {
    }
}
