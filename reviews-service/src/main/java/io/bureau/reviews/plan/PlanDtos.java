package io.bureau.reviews.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the improvement plans API reads and writes. */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "ReviewPlanGoal", requiredProperties = { "description", "measure", "dueOn" })
    public record PlanGoalBody(@NotBlank @Size(max = 1000) String description,
                               @NotBlank @Size(max = 1000) @Schema(examples = "Nine in ten files closed within 5 days") String measure,
                               @NotNull LocalDate dueOn) {

        PlanGoal goal() {
            return new PlanGoal(description, measure, dueOn);
        }

        static PlanGoalBody of(PlanGoal g) {
            return new PlanGoalBody(g.description, g.measure, g.dueOn);
        }
    }

    @Schema(name = "ReviewPlanSupportAction", requiredProperties = { "kind", "description" })
    public record PlanSupportBody(@NotNull PlanSupport.Kind kind, @NotBlank @Size(max = 1000) String description,
                                  @Schema(description = "The enrolment or counseling referral it points at") UUID referenceId,
                                  LocalDate scheduledOn) {

        PlanSupport support() {
            return new PlanSupport(kind, description, referenceId, scheduledOn);
        }

        static PlanSupportBody of(PlanSupport s) {
            return new PlanSupportBody(s.kind, s.description, s.referenceId, s.scheduledOn);
        }
    }

    @Schema(name = "ReviewPlanCreateRequest", description = "A new improvement plan for someone the caller manages")
    public record PlanCreateRequest(@NotNull UUID employeeId,
                                    @NotBlank @Size(max = 4000) @Schema(description = "Why; never published") String reason,
                                    @NotNull LocalDate dueOn,
                                    @NotEmpty @Size(max = 20) List<@NotNull @Valid PlanGoalBody> goals,
                                    @Size(max = 20) List<@NotNull @Valid PlanSupportBody> supportActions) {
    }

    @Schema(name = "ReviewPlanCheckInRequest", requiredProperties = { "heldOn", "progress" })
    public record PlanCheckInRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 4000) String progress) {
    }

    @Schema(name = "ReviewPlanCloseRequest", requiredProperties = { "outcome" })
    public record PlanCloseRequest(@NotNull ImprovementPlan.Outcome outcome) {
    }

    @Schema(name = "ReviewPlanCheckIn", requiredProperties = { "heldOn", "progress", "by" })
    public record PlanCheckInView(LocalDate heldOn, String progress, String by) {
    }

    @Schema(name = "ReviewPlanView", requiredProperties = { "id", "employeeId", "departmentId", "reason", "openedOn", "dueOn",
            "openedBy", "status", "goals", "supportActions", "checkIns", "version" })
    public record ReviewPlanView(UUID id, UUID employeeId, UUID departmentId, String reason, LocalDate openedOn, LocalDate dueOn,
                           String openedBy, ImprovementPlan.Status status, ImprovementPlan.Outcome outcome, LocalDate closedOn,
                           List<PlanGoalBody> goals, List<PlanSupportBody> supportActions, List<PlanCheckInView> checkIns,
                           long version) {

        public static ReviewPlanView of(ImprovementPlan p) {
            return new ReviewPlanView(p.id, p.employeeId, p.departmentId, p.reason, p.openedOn, p.dueOn, p.openedBy, p.status,
                    p.outcome, p.closedOn, p.goals.stream().map(PlanGoalBody::of).toList(),
                    p.supportActions.stream().map(PlanSupportBody::of).toList(),
                    p.checkIns.stream().map(c -> new PlanCheckInView(c.heldOn, c.progress, c.byWhom)).toList(), p.version);
        }
    }
}
