package io.bureau.staff.personnelfile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the personnel-file API reads and writes. */
public final class PersonnelFileDtos {

    private PersonnelFileDtos() {
    }

    @Schema(name = "PersonnelFileEntryRequest", description = "A new entry; to correct one, name it in correctsEntryId")
    public record PersonnelFileEntryRequest(
            @NotNull PersonnelFileEntryKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "Commended by a customer for a quick refund") String title,
            @Size(max = 10000) String body,
            @NotNull @Schema(examples = "2026-11-20") LocalDate occurredOn,
            @Schema(description = "Visible only to the person's manager chain and admins; counseling references and improvement plans always are")
            boolean restricted,
            @Schema(description = "The entry of the same file this one corrects") UUID correctsEntryId) {
    }

    @Schema(name = "PersonnelFileEntryView", requiredProperties = {
            "id", "employeeId", "kind", "title", "occurredOn", "restricted", "correctedBy", "recordedBy", "recordedAt" })
    public record PersonnelFileEntryView(UUID id, UUID employeeId, PersonnelFileEntryKind kind, String title, String body,
                                         LocalDate occurredOn, boolean restricted, UUID correctsEntryId,
                                         @Schema(description = "Later entries (that the caller may see) correcting this one")
                                         List<UUID> correctedBy,
                                         String recordedBy, OffsetDateTime recordedAt) {
    }
}
