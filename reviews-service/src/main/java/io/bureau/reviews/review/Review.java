package io.bureau.reviews.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.bureau.reviews.metrics.WorkMetrics.WorkMetricsView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's review in a cycle, from draft to acknowledged (see {@link ReviewStatus}). */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "self_assessment")
    public String selfAssessment;

    @Column(name = "manager_comments")
    public String managerComments;

    @ElementCollection
    @CollectionTable(name = "review_rating", joinColumns = @JoinColumn(name = "review_id"))
    public List<ReviewRating> ratings = new ArrayList<>();

    @Column(name = "evidence_frozen_at")
    public OffsetDateTime evidenceFrozenAt;

    @Column(name = "evidence_accepted")
    public Integer evidenceAccepted;

    @Column(name = "evidence_on_time")
    public Integer evidenceOnTime;

    @Column(name = "evidence_on_time_rate")
    public BigDecimal evidenceOnTimeRate;

    @Column(name = "evidence_quality")
    public BigDecimal evidenceQuality;

    @Column(name = "evidence_returned")
    public Integer evidenceReturned;

    @Column(name = "evidence_overdue")
    public Integer evidenceOverdue;

    @Column(name = "meeting_on")
    public LocalDate meetingOn;

    /** Private to the review: never published. */
    @Column(name = "meeting_notes")
    public String meetingNotes;

    @Column(name = "overall_score")
    public BigDecimal overallScore;

    @Column
    public String summary;

    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    @Column(name = "finalized_by")
    public String finalizedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Review draft(ReviewCycle cycle, UUID employeeId, UUID departmentId, OffsetDateTime now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.cycleId = cycle.id;
        review.employeeId = employeeId;
        review.departmentId = departmentId;
        review.status = ReviewStatus.DRAFT;
        review.createdAt = now;
        return review;
    }

    public static boolean exists(UUID cycleId, UUID employeeId) {
        return count("cycleId = ?1 and employeeId = ?2", cycleId, employeeId) > 0;
    }

    /** The employee writes (or rewrites, until the manager starts) their self-assessment. */
    public void assessSelf(String text) {
        moveTo(ReviewStatus.SELF_ASSESSMENT);
        selfAssessment = text;
    }

    /** The manager starts; the work metrics of the cycle's period are frozen into the review now. */
    public void startManagerAssessment(WorkMetricsView evidence, OffsetDateTime now) {
        moveTo(ReviewStatus.MANAGER_ASSESSMENT);
        evidenceFrozenAt = now;
        evidenceAccepted = evidence.tasksAccepted();
        evidenceOnTime = evidence.tasksOnTime();
        evidenceOnTimeRate = evidence.onTimeRate();
        evidenceQuality = evidence.averageQuality();
        evidenceReturned = evidence.returned();
        evidenceOverdue = evidence.overdue();
    }

    /** Replaces the ratings while the manager assessment is under way. */
    public void rate(List<ReviewRating> newRatings, String comments) {
        if (status != ReviewStatus.MANAGER_ASSESSMENT) {
            throw Problems.illegalTransition("Review " + id + " (rating)", status, ReviewStatus.MANAGER_ASSESSMENT,
                    status.allowedNext());
        }
        ratings.clear();
        ratings.addAll(newRatings);
        managerComments = comments;
    }

    /** The review meeting took place; every criterion must be rated by then. */
    public void holdMeeting(ReviewCycle cycle, LocalDate on, String notes) {
        if (status == ReviewStatus.MANAGER_ASSESSMENT) {
            List<String> unrated = cycle.criteria.stream().map(c -> c.name)
                    .filter(name -> ratings.stream().noneMatch(r -> r.criterion.equals(name))).toList();
            if (!unrated.isEmpty()) {
                throw Problems.conflictOn("ratings", "Not yet rated: " + String.join(", ", unrated));
            }
        }
        moveTo(ReviewStatus.MEETING_HELD);
        meetingOn = on;
        meetingNotes = notes;
    }

    /** Final: the weighted overall score is fixed and nothing changes afterwards but the acknowledgement. */
    public void finalizeWith(ReviewCycle cycle, String summary, String by, OffsetDateTime now) {
        moveTo(ReviewStatus.FINALIZED);
        this.summary = summary;
        overallScore = weightedScore(cycle);
        finalizedAt = now;
        finalizedBy = by;
    }

    public void acknowledge(OffsetDateTime now) {
        moveTo(ReviewStatus.ACKNOWLEDGED);
        acknowledgedAt = now;
    }

    /** The person left while the review was under way: it ends unfinished (never finalised). Returns whether it did. */
    public boolean cancelAsPersonLeft() {
        if (!ReviewStatus.UNDER_WAY.contains(status)) {
            return false;
        }
        status = ReviewStatus.CANCELLED;
        return true;
    }

    /** Σ rating × weight / Σ weight over the cycle's criteria, two decimals. */
    BigDecimal weightedScore(ReviewCycle cycle) {
        long weighted = 0;
        long weights = 0;
        for (ReviewCriterion criterion : cycle.criteria) {
            for (ReviewRating rating : ratings) {
                if (rating.criterion.equals(criterion.name)) {
                    weighted += (long) rating.rating * criterion.weight;
                    weights += criterion.weight;
                }
            }
        }
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    private void moveTo(ReviewStatus next) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Review " + id, status, next, status.allowedNext());
        }
        status = next;
    }
}
