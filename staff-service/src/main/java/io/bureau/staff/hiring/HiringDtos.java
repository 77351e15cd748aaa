package io.bureau.staff.hiring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.staff.employee.EmployeeDtos.EmployeeView;
import io.bureau.staff.skill.SkillDtos.EmployeeSkillView;

/** What the hiring API reads and writes. */
public final class HiringDtos {

    private HiringDtos() {
    }

    @Schema(name = "JobOpeningRequest")
    public record JobOpeningRequest(
            @NotBlank @Size(max = 120) @Schema(examples = "Receptionist") String position,
            @NotNull UUID departmentId,
            @Size(max = 5000) String description,
            @NotNull @Min(1) @Max(1000) @Schema(examples = "2") Integer headcount,
            @Size(max = 50) @Valid List<@NotNull JobOpeningRequiredSkill> requiredSkills) {
    }

    @Schema(name = "JobOpeningRequiredSkill")
    public record JobOpeningRequiredSkill(@NotNull UUID skillId, @Min(1) @Max(5) @Schema(examples = "3") int minLevel) {
    }

    @Schema(name = "JobOpeningView", requiredProperties = {
            "id", "position", "departmentId", "headcount", "filled", "status", "requiredSkills", "version" })
    public record JobOpeningView(UUID id, String position, UUID departmentId, String description, int headcount,
                                 int filled, JobOpening.Status status, List<JobOpeningRequiredSkill> requiredSkills,
                                 long version) {
    }

    @Schema(name = "CandidateRequest")
    public record CandidateRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 200) String email,
            @Size(max = 40) String phone) {
    }

    @Schema(name = "CandidateView", requiredProperties = {
            "id", "firstName", "lastName", "contactShown", "version" }, description = """
            A candidate. Their contact data (email, phone) is shown to admins and to the managers of a department \
            with an opening the candidate applied to; to anyone else it is left out and contactShown is false.""")
    public record CandidateView(UUID id, String firstName, String lastName,
                                @Schema(description = "Left out unless contactShown") String email,
                                @Schema(description = "Left out unless contactShown, or when none was given") String phone,
                                @Schema(description = "Whether the caller may see the candidate's contact data") boolean contactShown,
                                long version) {
    }

    @Schema(name = "JobApplicationRequest")
    public record JobApplicationRequest(@NotNull UUID candidateId, @NotNull UUID openingId) {
    }

    @Schema(name = "JobApplicationView", requiredProperties = {
            "id", "candidateId", "openingId", "stage", "stageChangedAt", "allowedNextStages", "version" })
    public record JobApplicationView(UUID id, UUID candidateId, UUID openingId, ApplicationStage stage, String stageReason,
                                     OffsetDateTime stageChangedAt, UUID hiredEmployeeId,
                                     @Schema(description = "The stages this application may move to now (HIRED through the hire operation)")
                                     List<ApplicationStage> allowedNextStages,
                                     long version) {

        static JobApplicationView of(JobApplication a) {
            return new JobApplicationView(a.id, a.candidateId, a.openingId, a.stage, a.stageReason, a.stageChangedAt,
                    a.hiredEmployeeId, a.stage.allowedNext(), a.version);
        }
    }

    @Schema(name = "JobApplicationStageRequest", description = "A move to the next stage; REJECTED and WITHDRAWN need a reason. HIRED is reached through the hire operation.")
    public record JobApplicationStageRequest(@NotNull ApplicationStage stage, @Size(max = 1000) String reason) {
    }

    @Schema(name = "InterviewRequest")
    public record InterviewRequest(
            @NotNull @Schema(examples = "2026-12-03T10:00:00+01:00") OffsetDateTime scheduledAt,
            @Size(max = 200) @Schema(examples = "Meeting room 2") String location,
            @NotEmpty @Size(max = 20) @Schema(description = "Employees who interview; each submits one scorecard") Set<@NotNull UUID> interviewerIds) {
    }

    @Schema(name = "InterviewView", requiredProperties = {
            "id", "applicationId", "scheduledAt", "interviewerIds", "scorecards", "version" })
    public record InterviewView(UUID id, UUID applicationId, OffsetDateTime scheduledAt, String location,
                                Set<UUID> interviewerIds, List<ScorecardView> scorecards, long version) {

        static InterviewView of(Interview i, List<ScorecardView> scorecards) {
            return new InterviewView(i.id, i.applicationId, i.scheduledAt, i.location, Set.copyOf(i.interviewerIds), scorecards,
                    i.version);
        }
    }

    @Schema(name = "ScorecardRequest")
    public record ScorecardRequest(
            @NotNull @Schema(description = "The interviewer submitting; must be the caller unless an admin submits") UUID interviewerId,
            @NotEmpty @Size(max = 50) @Valid List<@NotNull ScorecardRating> ratings,
            @Size(max = 50) @Valid List<@NotNull ScorecardSkillAssessment> skillAssessments,
            @NotNull Recommendation recommendation,
            @Size(max = 5000) String comments) {
    }

    @Schema(name = "ScorecardRating")
    public record ScorecardRating(@NotBlank @Size(max = 100) @Schema(examples = "Communication") String criterion,
                                  @Min(1) @Max(5) int rating) {
    }

    @Schema(name = "ScorecardSkillAssessment", description = "The level the interviewer saw in a skill; a hire starts with the average")
    public record ScorecardSkillAssessment(@NotNull UUID skillId, @Min(1) @Max(5) int level) {
    }

    @Schema(name = "ScorecardView", requiredProperties = {
            "id", "interviewerId", "recommendation", "ratings", "skillAssessments", "submittedAt" })
    public record ScorecardView(UUID id, UUID interviewerId, Recommendation recommendation, String comments,
                                List<ScorecardRating> ratings, List<ScorecardSkillAssessment> skillAssessments,
                                OffsetDateTime submittedAt) {

        static ScorecardView of(Scorecard s) {
            return new ScorecardView(s.id, s.interviewerId, s.recommendation, s.comments,
                    s.ratings.stream().map(r -> new ScorecardRating(r.criterion, r.rating)).toList(),
                    s.skillAssessments.stream().map(a -> new ScorecardSkillAssessment(a.skillId, a.level)).toList(),
                    s.submittedAt);
        }
    }

    @Schema(name = "JobOfferRequest")
    public record JobOfferRequest(
            @NotBlank @Size(max = 120) String position,
            @NotNull LocalDate startDate,
            @NotBlank @Size(max = 5000) @Schema(examples = "Full time, 37.5 hours, EUR 32,000 a year") String terms,
            @NotNull LocalDate expiresOn) {
    }

    @Schema(name = "JobOfferView", requiredProperties = {
            "id", "applicationId", "position", "startDate", "terms", "expiresOn", "status", "version" })
    public record JobOfferView(UUID id, UUID applicationId, String position, LocalDate startDate, String terms,
                               LocalDate expiresOn, JobOffer.Status status, String decisionReason,
                               OffsetDateTime decidedAt, long version) {

        /** The status as of {@code today}: an extended offer past its expiry date reads EXPIRED. */
        static JobOfferView of(JobOffer o, LocalDate today) {
            return new JobOfferView(o.id, o.applicationId, o.position, o.startDate, o.terms, o.expiresOn,
                    o.statusOn(today), o.decisionReason, o.decidedAt, o.version);
        }
    }

    @Schema(name = "JobOfferDeclineRequest")
    public record JobOfferDeclineRequest(@Size(max = 1000) String reason) {
    }

    @Schema(name = "HireRequest", description = "What the offer does not say about the new employee")
    public record HireRequest(
            @NotBlank @Email @Size(max = 200) String workEmail,
            @Schema(description = "Their line manager, under the same rule as changeEmployeeManager") UUID managerId,
            @NotNull @DecimalMin("0.0") @DecimalMax("60.0") BigDecimal weeklyHours,
            @NotEmpty Set<DayOfWeek> workingDays,
            @Schema(description = "The onboarding template to start a plan from for the new hire") UUID onboardingTemplateId) {
    }

    @Schema(name = "HireResult", requiredProperties = { "employee", "skills", "application", "opening" })
    public record HireResult(EmployeeView employee, List<EmployeeSkillView> skills, JobApplicationView application,
                             JobOpeningView opening,
                             @Schema(description = "The onboarding plan started, when a template was named") UUID onboardingPlanId) {
    }
}
