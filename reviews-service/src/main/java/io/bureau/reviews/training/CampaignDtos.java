package io.bureau.reviews.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the training campaigns API reads and writes. */
public final class CampaignDtos {

    private CampaignDtos() {
    }

    @Schema(name = "TrainingCampaignCreateRequest", requiredProperties = { "name", "sessionId", "departmentIds", "dueOn" })
    public record TrainingCampaignCreateRequest(@NotBlank @Size(max = 200) @Schema(examples = "New filing procedure") String name,
                                                @NotNull @Schema(description = "The session everyone is enrolled on") UUID sessionId,
                                                @NotEmpty @Size(max = 50) Set<@NotNull UUID> departmentIds,
                                                @NotNull LocalDate dueOn) {
    }

    @Schema(name = "TrainingCampaignView", requiredProperties = { "id", "name", "sessionId", "courseId", "departmentIds", "dueOn",
            "createdAt", "version" })
    public record TrainingCampaignView(UUID id, String name, UUID sessionId, UUID courseId, List<UUID> departmentIds,
                                       LocalDate dueOn, OffsetDateTime createdAt, long version) {

        public static TrainingCampaignView of(TrainingCampaign c) {
            return new TrainingCampaignView(c.id, c.name, c.sessionId, c.courseId, c.departmentIds.stream().sorted().toList(),
                    c.dueOn, c.createdAt, c.version);
        }
    }

    @Schema(name = "TrainingCampaignProgressView", requiredProperties = { "departmentId", "targeted", "done", "inProgress", "overdue" })
    public record TrainingCampaignProgressView(UUID departmentId, long targeted,
                                               @Schema(description = "Passed") long done, long inProgress,
                                               @Schema(description = "Not passed and past the due date") long overdue) {
    }
}
