package io.bureau.staff.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the onboarding API reads and writes. */
public final class OnboardingDtos {

    private OnboardingDtos() {
    }

    @Schema(name = "OnboardingTemplateRequest")
    public record OnboardingTemplateRequest(
            @NotBlank @Size(max = 120) @Schema(examples = "Front office") String name,
            @Size(max = 2000) String description,
            @NotEmpty @Size(max = 100) @Valid List<@NotNull OnboardingTemplateItem> items) {
    }

    @Schema(name = "OnboardingTemplateItem")
    public record OnboardingTemplateItem(
            @NotBlank @Size(max = 200) @Schema(examples = "Set up the desk phone and voicemail") String title,
            @NotNull OnboardingItemCategory category,
            @NotNull OnboardingOwnerRole ownerRole,
            @Min(0) @Max(365) @Schema(description = "Days after the start date the item is due", examples = "2") int dueOffsetDays) {
    }

    @Schema(name = "OnboardingTemplateView", requiredProperties = { "id", "name", "items", "version" })
    public record OnboardingTemplateView(UUID id, String name, String description, List<OnboardingTemplateItem> items,
                                         long version) {
    }

    @Schema(name = "OnboardingPlanRequest")
    public record OnboardingPlanRequest(@NotNull UUID templateId) {
    }

    @Schema(name = "OnboardingPlanView", requiredProperties = {
            "id", "employeeId", "templateId", "status", "startsOn", "items", "version" })
    public record OnboardingPlanView(UUID id, UUID employeeId, UUID templateId, OnboardingPlan.Status status,
                                     LocalDate startsOn, OffsetDateTime completedAt, List<OnboardingItemView> items,
                                     long version) {
    }

    @Schema(name = "OnboardingItemView", requiredProperties = {
            "id", "planId", "employeeId", "title", "category", "ownerRole", "ownerId", "dueOn", "overdue", "version" })
    public record OnboardingItemView(UUID id, UUID planId, UUID employeeId, String title, OnboardingItemCategory category,
                                     OnboardingOwnerRole ownerRole, UUID ownerId, LocalDate dueOn,
                                     @Schema(description = "Past due and not completed") boolean overdue,
                                     OffsetDateTime completedAt, String completedBy, long version) {
    }
}
