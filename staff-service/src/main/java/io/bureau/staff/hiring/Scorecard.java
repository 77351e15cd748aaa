package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.Immutable;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One interviewer's ratings, skill assessments and recommendation; submitted once, never edited. */
@Entity
@Immutable
public class Scorecard extends PanacheEntityBase {

    @Embeddable
    public static class CriterionRating {

        @Column(nullable = false)
        public String criterion;

        @Column(nullable = false)
        public int rating;
    }

    @Embeddable
    public static class SkillAssessment {

        @Column(name = "skill_id", nullable = false)
        public UUID skillId;

        @Column(nullable = false)
        public int level;
    }

    @Id
    public UUID id;

    @Column(name = "interview_id", nullable = false)
    public UUID interviewId;

    @Column(name = "interviewer_id", nullable = false)
    public UUID interviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recommendation recommendation;

    public String comments;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
    public List<CriterionRating> ratings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "scorecard_skill_assessment", joinColumns = @JoinColumn(name = "scorecard_id"))
    public List<SkillAssessment> skillAssessments = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The scorecards of these interviews, in one query (their ratings and assessments in batches). */
    public static List<Scorecard> ofInterviews(List<UUID> interviewIds) {
        return interviewIds.isEmpty() ? List.of() : find("interviewId in ?1 order by submittedAt", interviewIds).list();
    }
}
