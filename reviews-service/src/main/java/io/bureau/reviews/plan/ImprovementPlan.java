package io.bureau.reviews.plan;

import java.time.LocalDate;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan for someone whose performance is poor: goals, support, check-ins, and how it ended. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends PanacheEntityBase {

    @Schema(name = "ReviewPlanStatus")
    public enum Status {
        OPEN, CLOSED,
        /** The person left while the plan was open: it ended without an outcome (no closed event). */
        ENDED
    }

    @Schema(name = "ReviewPlanOutcome")
    public enum Outcome { SUCCEEDED, EXTENDED, NOT_SUCCEEDED }

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    /** Private to the plan: never published. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "improvement_plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanGoal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "improvement_plan_support", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanSupport> supportActions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "improvement_plan_check_in", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanCheckIn> checkIns = new ArrayList<>();

    @Version
    public long version;

    public static ImprovementPlan open(UUID employeeId, UUID departmentId, String reason, LocalDate openedOn, LocalDate dueOn,
                                       List<PlanGoal> goals, List<PlanSupport> support, String by) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.id = UUID.randomUUID();
        plan.employeeId = employeeId;
        plan.departmentId = departmentId;
        plan.reason = reason;
        plan.openedOn = openedOn;
        plan.dueOn = dueOn;
        plan.goals.addAll(goals);
        plan.supportActions.addAll(support);
        plan.openedBy = by;
        plan.status = Status.OPEN;
        return plan;
    }

    public void checkIn(PlanCheckIn checkIn) {
        requireOpen(Status.OPEN);
        checkIns.add(checkIn);
    }

    public void support(PlanSupport action) {
        requireOpen(Status.OPEN);
        supportActions.add(action);
    }

    public void close(Outcome how, LocalDate on) {
        requireOpen(Status.CLOSED);
        status = Status.CLOSED;
        outcome = how;
        closedOn = on;
    }

    /** The person left: an open plan ends with no outcome. Returns whether it did. */
    public boolean endAsPersonLeft(LocalDate on) {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.ENDED;
        closedOn = on;
        return true;
    }

    public List<Status> allowedNext() {
        return status == Status.OPEN ? List.of(Status.CLOSED) : List.of();
    }

    private void requireOpen(Status next) {
        if (status != Status.OPEN) {
            throw Problems.illegalTransition("Improvement plan " + id, status, next, allowedNext());
        }
    }
}
