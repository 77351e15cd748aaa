package io.bureau.scheduling.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan the planner proposed for a department and a horizon; applied or discarded once. */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends PanacheEntityBase {

    @Schema(name = "WorkPlanStatus")
    public enum Status {
        PROPOSED, APPLIED, DISCARDED
    }

    @Id
    public UUID id;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "horizon_from", nullable = false)
    public LocalDate from;

    @Column(name = "horizon_to", nullable = false)
    public LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Counts on people who do not exist: a what-if to compare, never to apply. */
    @Column(nullable = false)
    public boolean hypothetical;

    /** JSON of the what-if assumptions. */
    @Column(nullable = false)
    public String assumptions;

    /** JSON of the assignments and unassignable tasks. */
    @Column(nullable = false)
    public String outcome;

    /** JSON: task id → the version the plan was computed on. */
    @Column(name = "task_versions", nullable = false)
    public String taskVersions;

    @Column(nullable = false)
    public String score;

    @Column(name = "baseline_score", nullable = false)
    public String baselineScore;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;

    public void apply(String by, OffsetDateTime now) {
        requireProposed(Status.APPLIED);
        if (hypothetical) {
            throw Problems.conflict("Plan " + id + " counts on hypothetical people: it is a what-if to compare, not to apply");
        }
        status = Status.APPLIED;
        decidedAt = now;
        decidedBy = by;
    }

    public void discard(String by, OffsetDateTime now) {
        requireProposed(Status.DISCARDED);
        status = Status.DISCARDED;
        decidedAt = now;
        decidedBy = by;
    }

    private void requireProposed(Status next) {
        if (status != Status.PROPOSED) {
            throw Problems.illegalTransition("Plan " + id, status, next, List.of());
        }
    }
}
