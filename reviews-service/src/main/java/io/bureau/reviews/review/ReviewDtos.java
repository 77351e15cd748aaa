package io.bureau.reviews.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the review cycles and reviews API reads and writes. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    @Schema(name = "ReviewCriterionRequest", requiredProperties = { "name", "weight" })
    public record ReviewCriterionRequest(@NotBlank @Size(max = 100) @Schema(examples = "Quality of work") String name,
                                         @NotNull @Min(1) @Max(100) @Schema(minimum = "1", maximum = "100", examples = "40")
                                         Integer weight) {
    }

    @Schema(name = "ReviewCycleCreateRequest", description = "A new cycle, in DRAFT until opened")
    public record ReviewCycleCreateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "2026 first half") String name,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull @Schema(description = "When every review should be finalised") LocalDate dueOn,
            @NotEmpty @Size(max = 50) Set<@NotNull UUID> departmentIds,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ReviewCriterionRequest> criteria) {
    }

    @Schema(name = "ReviewCriterionView", requiredProperties = { "name", "weight" })
    public record ReviewCriterionView(String name, int weight) {
    }

    @Schema(name = "ReviewCycleView", requiredProperties = { "id", "name", "periodStart", "periodEnd", "dueOn", "status",
            "departmentIds", "criteria", "createdAt", "version" })
    public record ReviewCycleView(UUID id, String name, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
                                  ReviewCycleStatus status, List<UUID> departmentIds, List<ReviewCriterionView> criteria,
                                  OffsetDateTime createdAt, OffsetDateTime openedAt, long version) {

        public static ReviewCycleView of(ReviewCycle c) {
            return new ReviewCycleView(c.id, c.name, c.periodStart, c.periodEnd, c.dueOn, c.status,
                    c.departmentIds.stream().sorted().toList(),
                    c.criteria.stream().map(k -> new ReviewCriterionView(k.name, k.weight)).toList(), c.createdAt, c.openedAt,
                    c.version);
        }
    }

    @Schema(name = "ReviewSelfAssessmentRequest", requiredProperties = { "text" })
    public record ReviewSelfAssessmentRequest(@NotBlank @Size(max = 8000) String text) {
    }

    @Schema(name = "ReviewRatingRequest", requiredProperties = { "criterion", "rating" })
    public record ReviewRatingRequest(@NotBlank @Size(max = 100) String criterion,
                                      @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "4") Integer rating,
                                      @Size(max = 4000) String comment) {
    }

    @Schema(name = "ReviewRatingsRequest", description = "The manager's ratings, replaced as a whole")
    public record ReviewRatingsRequest(@NotNull @Size(max = 20) List<@NotNull @Valid ReviewRatingRequest> ratings,
                                       @Size(max = 8000) String comments) {
    }

    @Schema(name = "ReviewMeetingRequest", requiredProperties = { "heldOn" })
    public record ReviewMeetingRequest(@NotNull LocalDate heldOn, @Size(max = 8000) String notes) {
    }

    @Schema(name = "ReviewFinalizeRequest", requiredProperties = { "summary" })
    public record ReviewFinalizeRequest(
            @NotBlank @Size(max = 1000) @Schema(description = "A short summary for the personnel file; published") String summary) {
    }

    @Schema(name = "ReviewRatingView", requiredProperties = { "criterion", "weight", "rating" })
    public record ReviewRatingView(String criterion, int weight, int rating, String comment) {
    }

    @Schema(name = "ReviewEvidenceView", description = "The work metrics of the cycle's period, frozen when the manager "
            + "assessment started", requiredProperties = { "frozenAt", "tasksAccepted", "tasksOnTime", "returned", "overdue" })
    public record ReviewEvidenceView(OffsetDateTime frozenAt, int tasksAccepted, int tasksOnTime, BigDecimal onTimeRate,
                                     BigDecimal averageQuality, int returned, int overdue) {
    }

    @Schema(name = "ReviewView", requiredProperties = { "id", "cycleId", "employeeId", "departmentId", "status", "ratings",
            "allowedTransitions", "createdAt", "version" })
    public record ReviewView(UUID id, UUID cycleId, UUID employeeId, UUID departmentId, ReviewStatus status,
                             String selfAssessment, ReviewEvidenceView evidence, List<ReviewRatingView> ratings,
                             String managerComments, LocalDate meetingOn, String meetingNotes,
                             @Schema(description = "Weighted mean of the ratings (1.00-5.00), once finalised", examples = "3.60")
                             BigDecimal overallScore, String summary, OffsetDateTime finalizedAt, OffsetDateTime acknowledgedAt,
                             List<ReviewStatus> allowedTransitions, OffsetDateTime createdAt, long version) {

        public static ReviewView of(Review r, ReviewCycle cycle) {
            ReviewEvidenceView evidence = r.evidenceFrozenAt == null ? null
                    : new ReviewEvidenceView(r.evidenceFrozenAt, r.evidenceAccepted, r.evidenceOnTime, r.evidenceOnTimeRate,
                            r.evidenceQuality, r.evidenceReturned, r.evidenceOverdue);
            List<ReviewRatingView> ratings = r.ratings.stream().map(x -> new ReviewRatingView(x.criterion,
                    cycle.criterion(x.criterion) == null ? 0 : cycle.criterion(x.criterion).weight, x.rating, x.comment)).toList();
            return new ReviewView(r.id, r.cycleId, r.employeeId, r.departmentId, r.status, r.selfAssessment, evidence, ratings,
                    r.managerComments, r.meetingOn, r.meetingNotes, r.overallScore, r.summary, r.finalizedAt,
                    r.acknowledgedAt, r.status.allowedNext().stream().filter(s -> s != r.status).toList(), r.createdAt, r.version);
        }
    }

    @Schema(name = "FeedbackNoteRequest", requiredProperties = { "employeeId", "body" })
    public record FeedbackNoteRequest(@NotNull UUID employeeId, @NotBlank @Size(max = 4000) String body) {
    }

    @Schema(name = "FeedbackNoteView", requiredProperties = { "id", "employeeId", "author", "body", "createdAt" })
    public record FeedbackNoteView(UUID id, UUID employeeId, UUID authorId, String author, String body, OffsetDateTime createdAt) {

        public static FeedbackNoteView of(FeedbackNote n) {
            return new FeedbackNoteView(n.id, n.employeeId, n.authorId, n.author, n.body, n.createdAt);
        }
    }

    @Schema(name = "ReviewCycleStatusCounts", description = "How many of the department's reviews are in each status",
            requiredProperties = { "draft", "selfAssessment", "managerAssessment", "meetingHeld", "finalized", "acknowledged",
                    "cancelled" })
    public record ReviewCycleStatusCounts(long draft, long selfAssessment, long managerAssessment, long meetingHeld,
                                          long finalized, long acknowledged,
                                          @Schema(description = "Ended unfinished because the person left") long cancelled) {
    }

    @Schema(name = "ReviewCycleProgressView", description = "One department's progress in a cycle: counts only, no person",
            requiredProperties = { "departmentId", "reviews", "byStatus" })
    public record ReviewCycleProgressView(UUID departmentId,
                                          @Schema(description = "Every review drafted for the department, cancelled ones included")
                                          long reviews,
                                          ReviewCycleStatusCounts byStatus,
                                          @Schema(description = "(finalized + acknowledged) / (reviews - cancelled), 0.00-1.00, two "
                                                  + "decimals; absent when no review counts", examples = "0.75")
                                          BigDecimal finalizedShare,
                                          @Schema(description = "Mean overall score of the finalised (and acknowledged) reviews, two "
                                                  + "decimals; absent when fewer than " + ReviewQueries.MIN_FOR_AVERAGE
                                                  + " are finalised, so no one's score can be read from it", examples = "3.45")
                                          BigDecimal averageOverallScore) {
    }
}
