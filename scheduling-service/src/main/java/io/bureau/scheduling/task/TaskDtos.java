package io.bureau.scheduling.task;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** What the tasks API reads and writes. */
public final class TaskDtos {

    private TaskDtos() {
    }

    @Schema(name = "TaskSkillRequirement", requiredProperties = { "skillId", "minLevel" })
    public record TaskSkillRequirement(@NotNull UUID skillId,
                                       @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "3") Integer minLevel) {
    }

    @Schema(name = "TaskCreateRequest", description = "A new task for a department the caller manages")
    public record TaskCreateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Reconcile the November petty cash") String title,
            @Size(max = 4000) String description,
            @NotNull UUID departmentId,
            @Size(max = 20) List<@NotNull @Valid TaskSkillRequirement> requiredSkills,
            @NotNull @DecimalMin("0.25") @DecimalMax("1000") @Schema(examples = "3.5") BigDecimal estimatedHours,
            @NotNull @Min(1) @Max(4) @Schema(description = "1 urgent … 4 low", minimum = "1", maximum = "4") Integer priority,
            @Schema(description = "Not before this day") LocalDate earliestStart,
            @NotNull @Schema(description = "The last day (UTC) the work may be submitted on time; not in the past") LocalDate deadline,
            UUID preferredAssigneeId,
            @Size(max = 50) @Schema(description = "Tasks of the same department that must be done first")
            Set<@NotNull UUID> predecessorIds) {

        Task.Terms terms() {
            return TaskDtos.terms(title, description, requiredSkills, estimatedHours, priority, earliestStart, deadline,
                    preferredAssigneeId, predecessorIds);
        }
    }

    @Schema(name = "TaskUpdateRequest", description = "A task's terms, replaced as a whole; the department stays as it is")
    public record TaskUpdateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Reconcile the November petty cash") String title,
            @Size(max = 4000) String description,
            @Size(max = 20) List<@NotNull @Valid TaskSkillRequirement> requiredSkills,
            @NotNull @DecimalMin("0.25") @DecimalMax("1000") @Schema(examples = "3.5") BigDecimal estimatedHours,
            @NotNull @Min(1) @Max(4) @Schema(description = "1 urgent … 4 low", minimum = "1", maximum = "4") Integer priority,
            LocalDate earliestStart,
            @NotNull LocalDate deadline,
            UUID preferredAssigneeId,
            @Size(max = 50) Set<@NotNull UUID> predecessorIds) {

        Task.Terms terms() {
            return TaskDtos.terms(title, description, requiredSkills, estimatedHours, priority, earliestStart, deadline,
                    preferredAssigneeId, predecessorIds);
        }
    }

    private static Task.Terms terms(String title, String description, List<TaskSkillRequirement> skills, BigDecimal hours,
                                    Integer priority, LocalDate earliestStart, LocalDate deadline, UUID preferred,
                                    Set<UUID> predecessors) {
        return new Task.Terms(title.strip(), description,
                skills == null ? List.of() : skills.stream().map(s -> new RequiredSkill(s.skillId(), s.minLevel())).toList(),
                hours, priority, earliestStart, deadline, preferred, predecessors == null ? Set.of() : predecessors);
    }

    @Schema(name = "TaskAssignRequest")
    public record TaskAssignRequest(@NotNull UUID assigneeId) {
    }

    @Schema(name = "TaskCancelRequest")
    public record TaskCancelRequest(@Size(max = 500) @Schema(examples = "No longer needed") String reason) {
    }

    @Schema(name = "TaskAcceptRequest")
    public record TaskAcceptRequest(
            @NotNull @Min(1) @Max(5) @Schema(description = "1 poor … 5 excellent", minimum = "1", maximum = "5") Integer qualityScore,
            @Size(max = 2000) String comments) {
    }

    @Schema(name = "TaskReturnRequest")
    public record TaskReturnRequest(@NotBlank @Size(max = 2000) @Schema(examples = "Two receipts are missing") String reasons) {
    }

    @Schema(name = "TaskCommentRequest")
    public record TaskCommentRequest(@NotBlank @Size(max = 2000) String body) {
    }

    @Schema(name = "TaskView", requiredProperties = { "id", "title", "departmentId", "requiredSkills", "estimatedHours",
            "priority", "deadline", "predecessorIds", "status", "allowedTransitions", "pinned", "returnCount", "overdue",
            "createdAt", "version" })
    public record TaskView(UUID id, String title, String description, UUID departmentId,
                           List<TaskSkillRequirement> requiredSkills, BigDecimal estimatedHours, int priority,
                           LocalDate earliestStart, LocalDate deadline, UUID preferredAssigneeId, Set<UUID> predecessorIds,
                           TaskStatus status,
                           @Schema(description = "The states the task may move to from here") List<TaskStatus> allowedTransitions,
                           UUID assigneeId,
                           @Schema(description = "Pinned to its assignee: the planner keeps it there (only while ASSIGNED)") boolean pinned,
                           OffsetDateTime startedAt, OffsetDateTime submittedAt, OffsetDateTime acceptedAt,
                           @Schema(description = "Once accepted: whether the accepted work was submitted by the deadline") Boolean onTime,
                           Integer qualityScore, String reviewComments,
                           @Schema(description = "Why the work was last returned") String returnReasons,
                           int returnCount, OffsetDateTime cancelledAt, String cancelReason,
                           @Schema(description = "Past its deadline and not accepted, as the overdue check found it") boolean overdue,
                           OffsetDateTime overdueSince, OffsetDateTime createdAt, long version) {

        public static TaskView of(Task t) {
            return new TaskView(t.id, t.title, t.description, t.departmentId,
                    t.requiredSkills.stream().map(s -> new TaskSkillRequirement(s.skillId, s.minLevel)).toList(),
                    t.estimatedHours, t.priority, t.earliestStart, t.deadline, t.preferredAssigneeId, Set.copyOf(t.predecessorIds),
                    t.status, t.status.allowedNext(), t.assigneeId, t.pinned, t.startedAt, t.submittedAt, t.acceptedAt, t.onTime,
                    t.qualityScore, t.reviewComments, t.returnReasons, t.returnCount, t.cancelledAt, t.cancelReason,
                    t.overdueSince != null && !t.status.isFinal(), t.overdueSince, t.createdAt, t.version);
        }
    }

    @Schema(name = "TaskRuleNote", requiredProperties = { "rule", "message" },
            description = "A planning rule an assignment does not meet")
    public record TaskRuleNote(@Schema(examples = "CAPACITY") String rule,
                               @Schema(examples = "needs 12 h by 2026-12-04; 7.5 h of contracted time is free") String message) {
    }

    @Schema(name = "TaskAssignmentView", requiredProperties = { "task", "warnings" },
            description = "The assigned task, and the soft rules the assignment does not meet (it was made all the same)")
    public record TaskAssignmentView(TaskView task, List<TaskRuleNote> warnings) {
    }

    @Schema(name = "TaskCommentView", requiredProperties = { "id", "taskId", "author", "body", "createdAt" })
    public record TaskCommentView(UUID id, UUID taskId, String author, UUID authorEmployeeId, String body, OffsetDateTime createdAt) {

        static TaskCommentView of(TaskComment c) {
            return new TaskCommentView(c.id, c.taskId, c.author, c.authorEmployeeId, c.body, c.createdAt);
        }
    }
}
