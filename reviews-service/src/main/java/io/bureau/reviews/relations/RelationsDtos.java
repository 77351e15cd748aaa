package io.bureau.reviews.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the relations cases API reads and writes. */
public final class RelationsDtos {

    private RelationsDtos() {
    }

    @Schema(name = "RelationsCaseAttendeeRole")
    public enum AttendeeRole { PARTY, MANAGER, UNION_REPRESENTATIVE, CUSTOMER, WITNESS, OTHER }

    @Schema(name = "RelationsCaseAttendee", requiredProperties = { "name", "role" })
    public record RelationsCaseAttendee(@NotBlank @Size(max = 200) String name,
                                        @Size(max = 200) @Schema(description = "E.g. the union a representative comes from") String organisation,
                                        @NotNull AttendeeRole role, UUID employeeId) {
    }

    @Schema(name = "RelationsCaseCreateRequest", requiredProperties = { "kind", "severity", "description", "employeeIds" })
    public record RelationsCaseCreateRequest(@NotNull RelationsCase.Kind kind, @NotNull RelationsCase.Severity severity,
                                             @NotBlank @Size(max = 8000) String description,
                                             @NotEmpty @Size(max = 20) Set<@NotNull UUID> employeeIds,
                                             @Size(max = 500) @Schema(description = "For a customer complaint") String customerContact) {
    }

    @Schema(name = "RelationsCaseMeetingRequest", requiredProperties = { "heldOn", "attendees", "minutes" })
    public record RelationsCaseMeetingRequest(@NotNull LocalDate heldOn,
                                              @NotEmpty @Size(max = 50) List<@NotNull @Valid RelationsCaseAttendee> attendees,
                                              @NotBlank @Size(max = 20000) String minutes) {
    }

    @Schema(name = "RelationsCaseResolveRequest", requiredProperties = { "resolution" })
    public record RelationsCaseResolveRequest(@NotBlank @Size(max = 8000) String resolution) {
    }

    @Schema(name = "RelationsCaseMeetingView", requiredProperties = { "heldOn", "attendees", "minutes" })
    public record RelationsCaseMeetingView(LocalDate heldOn, List<RelationsCaseAttendee> attendees, String minutes) {
    }

    @Schema(name = "RelationsCaseView", requiredProperties = { "id", "kind", "severity", "description", "employeeIds", "status",
            "meetings", "openedOn", "allowedTransitions", "version" })
    public record RelationsCaseView(UUID id, RelationsCase.Kind kind, RelationsCase.Severity severity, String description,
                                    List<UUID> employeeIds, String customerContact, RelationsCase.Status status,
                                    List<RelationsCaseMeetingView> meetings, String resolution, LocalDate openedOn,
                                    LocalDate resolvedOn, List<RelationsCase.Status> allowedTransitions, long version) {
    }
}
