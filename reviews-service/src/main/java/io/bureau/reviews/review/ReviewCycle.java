package io.bureau.reviews.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A round of reviews: the period it looks at, the departments it covers, the weighted criteria and when it is due. */
@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewCycleStatus status;

    @ElementCollection
    @CollectionTable(name = "review_cycle_department", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "department_id")
    public Set<UUID> departmentIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "review_cycle_criterion", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    public List<ReviewCriterion> criteria = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Version
    public long version;

    public static ReviewCycle prepare(String name, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
                                      Set<UUID> departmentIds, List<ReviewCriterion> criteria, String by, OffsetDateTime now) {
        ReviewCycle cycle = new ReviewCycle();
        cycle.id = UUID.randomUUID();
        cycle.name = name;
        cycle.periodStart = periodStart;
        cycle.periodEnd = periodEnd;
        cycle.dueOn = dueOn;
        cycle.departmentIds.addAll(departmentIds);
        cycle.criteria.addAll(criteria);
        cycle.status = ReviewCycleStatus.DRAFT;
        cycle.createdBy = by;
        cycle.createdAt = now;
        return cycle;
    }

    /** Open cycles that cover the department: someone joining it gets a review in each. */
    public static List<ReviewCycle> listOpenCovering(UUID departmentId) {
        return list("select c from ReviewCycle c join c.departmentIds d where c.status = ?1 and d = ?2",
                ReviewCycleStatus.OPEN, departmentId);
    }

    public void open(OffsetDateTime now) {
        moveTo(ReviewCycleStatus.OPEN);
        openedAt = now;
    }

    public void close() {
        moveTo(ReviewCycleStatus.CLOSED);
    }

    public ReviewCriterion criterion(String name) {
        return criteria.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    private void moveTo(ReviewCycleStatus next) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Review cycle " + id, status, next, status.allowedNext());
        }
        status = next;
    }
}
