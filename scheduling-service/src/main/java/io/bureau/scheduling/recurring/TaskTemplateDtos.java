package io.bureau.scheduling.recurring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.scheduling.task.TaskDtos.TaskSkillRequirement;

/** What the task-templates API reads and writes. */
public final class TaskTemplateDtos {

    /** How far ahead a template's tasks are generated, at most. */
    public static final int MAX_HORIZON_DAYS = 366;

    private TaskTemplateDtos() {
    }

    @Schema(name = "TaskTemplateRecurrence", requiredProperties = { "kind" },
            description = "DAILY; WEEKLY on daysOfWeek (at least one); MONTHLY on dayOfMonth (1–31; a day past the month's "
                    + "end falls on its last day, so 31 means the last day)")
    public record TaskTemplateRecurrence(
            @NotNull Recurrence.Kind kind,
            @Size(max = 7) @Schema(description = "Only for WEEKLY", examples = "[\"MONDAY\", \"THURSDAY\"]") Set<@NotNull DayOfWeek> daysOfWeek,
            @Min(1) @Max(31) @Schema(description = "Only for MONTHLY", minimum = "1", maximum = "31", examples = "1") Integer dayOfMonth) {

        static TaskTemplateRecurrence of(Recurrence rule) {
            return new TaskTemplateRecurrence(rule.kind(), rule.kind() == Recurrence.Kind.WEEKLY ? Set.copyOf(rule.daysOfWeek()) : null,
                    rule.dayOfMonth());
        }
    }

    @Schema(name = "TaskTemplateCreateRequest", description = "A recurring task for a department the caller manages")
    public record TaskTemplateCreateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Empty the letterbox") String title,
            @Size(max = 4000) String description,
            @NotNull UUID departmentId,
            @Size(max = 20) List<@NotNull @Valid TaskSkillRequirement> requiredSkills,
            @NotNull @DecimalMin("0.25") @DecimalMax("1000") @Schema(examples = "0.5") BigDecimal estimatedHours,
            @NotNull @Min(1) @Max(4) @Schema(description = "1 urgent … 4 low", minimum = "1", maximum = "4") Integer priority,
            @NotNull @Valid TaskTemplateRecurrence recurrence,
            @NotNull @Min(0) @Max(MAX_HORIZON_DAYS) @Schema(description = "Tasks are generated for the due days from today to today + horizonDays",
                    minimum = "0", maximum = "366", examples = "14") Integer horizonDays,
            @Min(0) @Max(90) @Schema(description = "A generated task may start on the day it falls due and is due this many days "
                    + "later (default 0: the same day)", minimum = "0", maximum = "90", examples = "0") Integer deadlineDaysAfter) {
    }

    @Schema(name = "TaskTemplateUpdateRequest", description = "A template's terms, replaced as a whole; the department stays as it is")
    public record TaskTemplateUpdateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Empty the letterbox") String title,
            @Size(max = 4000) String description,
            @Size(max = 20) List<@NotNull @Valid TaskSkillRequirement> requiredSkills,
            @NotNull @DecimalMin("0.25") @DecimalMax("1000") @Schema(examples = "0.5") BigDecimal estimatedHours,
            @NotNull @Min(1) @Max(4) @Schema(description = "1 urgent … 4 low", minimum = "1", maximum = "4") Integer priority,
            @NotNull @Valid TaskTemplateRecurrence recurrence,
            @NotNull @Min(0) @Max(MAX_HORIZON_DAYS) @Schema(minimum = "0", maximum = "366", examples = "14") Integer horizonDays,
            @Min(0) @Max(90) @Schema(minimum = "0", maximum = "90", examples = "0") Integer deadlineDaysAfter) {
    }

    @Schema(name = "TaskTemplateView", requiredProperties = { "id", "title", "departmentId", "requiredSkills", "estimatedHours",
            "priority", "recurrence", "horizonDays", "deadlineDaysAfter", "active", "createdAt", "createdBy", "version" })
    public record TaskTemplateView(UUID id, String title, String description, UUID departmentId,
                                   List<TaskSkillRequirement> requiredSkills, BigDecimal estimatedHours, int priority,
                                   TaskTemplateRecurrence recurrence, int horizonDays, int deadlineDaysAfter,
                                   @Schema(description = "Inactive templates generate nothing more; the tasks they generated stay") boolean active,
                                   OffsetDateTime createdAt, String createdBy, long version) {

        public static TaskTemplateView of(TaskTemplate t) {
            return new TaskTemplateView(t.id, t.title, t.description, t.departmentId,
                    t.requiredSkills.stream().map(s -> new TaskSkillRequirement(s.skillId, s.minLevel)).toList(),
                    t.estimatedHours, t.priority, TaskTemplateRecurrence.of(t.rule()), t.horizonDays, t.deadlineDaysAfter,
                    t.active, t.createdAt, t.createdBy, t.version);
        }
    }

    @Schema(name = "TaskTemplateSaved", requiredProperties = { "template", "tasksCreated" },
            description = "The template, and how many tasks its horizon generated at once")
    public record TaskTemplateSaved(TaskTemplateView template,
                                    @Schema(description = "Tasks generated by this request for due days not generated before") int tasksCreated) {
    }
}
