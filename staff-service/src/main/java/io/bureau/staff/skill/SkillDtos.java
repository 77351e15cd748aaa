package io.bureau.staff.skill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the skills API reads and writes. */
public final class SkillDtos {

    private SkillDtos() {
    }

    @Schema(name = "SkillRequest", description = "A catalogue skill to add, or its new name, category and description")
    public record SkillRequest(
            @NotBlank @Size(max = 120) @Schema(examples = "Bookkeeping") String name,
            @NotBlank @Size(max = 60) @Schema(examples = "Finance") String category,
            @Size(max = 1000) String description) {
    }

    @Schema(name = "SkillView", requiredProperties = { "id", "name", "category", "version" })
    public record SkillView(UUID id, String name, String category, String description, long version) {

        static SkillView of(Skill skill) {
            return new SkillView(skill.id, skill.name, skill.category, skill.description, skill.version);
        }
    }

    @Schema(name = "EmployeeSkillRequest", description = "The level to hold a skill at; declared when the person sets it, verified when their manager does")
    public record EmployeeSkillRequest(
            @Min(1) @Max(5) @Schema(examples = "3") int level,
            @Schema(description = "After this day the skill stops counting") LocalDate expiresOn) {
    }

    @Schema(name = "EmployeeSkillView", requiredProperties = {
            "skillId", "skillName", "category", "level", "source", "expired", "version" })
    public record EmployeeSkillView(UUID skillId, String skillName, String category, int level, SkillSource source,
                                    String evidence, String verifiedBy, OffsetDateTime verifiedAt, LocalDate expiresOn,
                                    @Schema(description = "Past its expiry date: shown, but no longer counted") boolean expired,
                                    long version) {
    }
}
