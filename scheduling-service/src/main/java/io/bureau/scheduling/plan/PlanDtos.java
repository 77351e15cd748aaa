package io.bureau.scheduling.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

import io.bureau.scheduling.planning.Explainer;
import io.bureau.scheduling.planning.Planner;

/** What the plan API reads and answers. */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(description = "Assumptions that change nothing live: someone away, a deadline moved, one more person")
    public record WorkPlanAssumptions(@Valid @Size(max = 50) List<WorkPlanAbsence> absences,
                                      @Valid @Size(max = 200) List<WorkPlanDeadline> deadlines,
                                      @Valid @Size(max = 10) List<WorkPlanExtraPerson> extraPeople) {
        public static WorkPlanAssumptions none() {
            return new WorkPlanAssumptions(List.of(), List.of(), List.of());
        }

        public WorkPlanAssumptions normalised() {
            return new WorkPlanAssumptions(absences == null ? List.of() : absences, deadlines == null ? List.of() : deadlines,
                    extraPeople == null ? List.of() : extraPeople);
        }
    }

    @Schema(description = "The assumptions a plan was computed with (empty lists for a live plan)")
    public record WorkPlanAssumptionsView(@Schema(required = true) List<WorkPlanAbsence> absences,
                                          @Schema(required = true) List<WorkPlanDeadline> deadlines,
                                          @Schema(required = true) List<WorkPlanExtraPerson> extraPeople) {
        static WorkPlanAssumptionsView of(WorkPlanAssumptions a) {
            WorkPlanAssumptions n = a.normalised();
            return new WorkPlanAssumptionsView(n.absences(), n.deadlines(), n.extraPeople());
        }
    }

    @Schema(description = "Assume this person is away from firstDay to lastDay")
    public record WorkPlanAbsence(@NotNull UUID personId, @NotNull LocalDate firstDay, @NotNull LocalDate lastDay) {
    }

    @Schema(description = "Assume this task's deadline is another day")
    public record WorkPlanDeadline(@NotNull UUID taskId, @NotNull LocalDate deadline) {
    }

    @Schema(description = "A hypothetical person working Monday to Friday; a plan with one cannot be applied")
    public record WorkPlanExtraPerson(@NotBlank @Size(max = 100) String name,
                                      @NotNull @DecimalMin("0.5") @DecimalMax("12") Double hoursPerDay,
                                      @Valid @Size(max = 20) List<WorkPlanSkill> skills) {
        public List<WorkPlanSkill> skillsOrNone() {
            return skills == null ? List.of() : skills;
        }
    }

    public record WorkPlanSkill(@NotNull UUID skillId, @NotNull @Min(1) @Max(5) Integer level) {
    }

    @Schema(description = "Plan a department's open tasks over a horizon (at most 92 days, not before today)")
    public record WorkPlanRequest(@NotNull UUID departmentId, @NotNull LocalDate from, @NotNull LocalDate to,
                                  @Valid WorkPlanAssumptions assumptions) {
    }

    @Schema(description = "Why not this colleague: MISSING_SKILL, SKILL_EXPIRED, ABSENT (rules), or what giving them the task "
            + "would do: FULL, LATER_FINISH, BREAKS_RULE, DELAYS_OTHERS, UNEVEN_LOAD, WEAKER_LEVEL, MORE_CHANGES, EQUAL, NOT_COMPARED")
    public record WorkPlanRejection(@Schema(required = true) UUID personId, @Schema(required = true) String personName,
                                    @Schema(required = true) String reason, @Schema(required = true) String detail) {
        static WorkPlanRejection of(Explainer.Rejection r) {
            return new WorkPlanRejection(r.personId(), r.personName(), r.reason(), r.detail());
        }
    }

    @Schema(description = "A task given to a person, when they work on it and why them")
    public record WorkPlanAssignment(@Schema(required = true) UUID taskId, @Schema(required = true) String title,
                                     @Schema(required = true) int priority, @Schema(required = true) UUID personId,
                                     @Schema(required = true) String personName,
                                     @Schema(description = "First day of work; absent only when the task could not be fitted") LocalDate start,
                                     @Schema(description = "Last day of work; absent only when the task could not be fitted") LocalDate finish,
                                     @Schema(required = true) LocalDate deadline, @Schema(required = true) int daysLate,
                                     @Schema(required = true, description = "Already started or pinned: the planner kept it") boolean kept,
                                     @Schema(required = true, description = "Differs from the task's current assignee") boolean changed,
                                     @Schema(required = true) String why,
                                     @Schema(required = true) List<WorkPlanRejection> whyNot) {
        static WorkPlanAssignment of(Explainer.Assignment a) {
            return new WorkPlanAssignment(a.taskId(), a.title(), a.priority(), a.personId(), a.personName(), a.start(), a.finish(),
                    a.deadline(), a.daysLate(), a.kept(), a.changed(), a.why(),
                    a.whyNot().stream().map(WorkPlanRejection::of).toList());
        }
    }

    public record WorkPlanUnassignable(@Schema(required = true) UUID taskId, @Schema(required = true) String title,
                                       @Schema(required = true) String reason) {
        static WorkPlanUnassignable of(Planner.Unassignable u) {
            return new WorkPlanUnassignable(u.taskId(), u.title(), u.reason());
        }
    }

    /** What is stored of a computed plan. */
    public record WorkPlanOutcome(List<WorkPlanAssignment> assignments, List<WorkPlanUnassignable> unassignable) {
    }

    @Schema(description = "A proposed, applied or discarded plan. Scores read [hard]hard/[lateness/balance/strength/changes]soft, "
            + "higher is better; baselineScore is the greedy baseline's on the same problem")
    public record WorkPlanView(@Schema(required = true) UUID id, @Schema(required = true) UUID departmentId,
                               @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                               @Schema(required = true) WorkPlan.Status status,
                               @Schema(required = true, description = "Counts on hypothetical people: cannot be applied") boolean hypothetical,
                               @Schema(required = true) WorkPlanAssumptionsView assumptions,
                               @Schema(required = true) String score, @Schema(required = true) String baselineScore,
                               @Schema(required = true) List<WorkPlanAssignment> assignments,
                               @Schema(required = true) List<WorkPlanUnassignable> unassignable,
                               @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) String createdBy,
                               OffsetDateTime decidedAt, String decidedBy, @Schema(required = true) long version) {
    }
}
