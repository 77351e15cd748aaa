package io.bureau.scheduling.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A piece of work for a department, and its way from open to accepted (see {@link TaskStatus}). */
@Entity
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "estimated_hours", nullable = false)
    public BigDecimal estimatedHours;

    /** 1 urgent … 4 low. */
    @Column(nullable = false)
    public int priority;

    @Column(name = "earliest_start")
    public LocalDate earliestStart;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "preferred_assignee_id")
    public UUID preferredAssigneeId;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @ElementCollection
    @CollectionTable(name = "task_required_skill", joinColumns = @JoinColumn(name = "task_id"))
    public List<RequiredSkill> requiredSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_predecessor", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "predecessor_id")
    public Set<UUID> predecessorIds = new LinkedHashSet<>();

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "on_time")
    public Boolean onTime;

    @Column(name = "quality_score")
    public Integer qualityScore;

    @Column(name = "review_comments")
    public String reviewComments;

    @Column(name = "return_reasons")
    public String returnReasons;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "overdue_since")
    public OffsetDateTime overdueSince;

    /** Kept on its assignee by the planner; only while ASSIGNED (started work is kept anyway). */
    @Column(nullable = false)
    public boolean pinned;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** What a manager describes of a task; the department is fixed when it is created. */
    public record Terms(String title, String description, List<RequiredSkill> requiredSkills, BigDecimal estimatedHours,
                       int priority, LocalDate earliestStart, LocalDate deadline, UUID preferredAssigneeId,
                       Set<UUID> predecessorIds) {
    }

    public static Task open(UUID departmentId, Terms terms, String createdBy, OffsetDateTime now) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.departmentId = departmentId;
        task.status = TaskStatus.OPEN;
        task.createdAt = now;
        task.createdBy = createdBy;
        task.apply(terms);
        return task;
    }

    /** New terms for a task still under way. A deadline moved to today or later is no longer missed. */
    public void revise(Terms terms, LocalDate today) {
        if (status.isFinal()) {
            throw Problems.conflict("Task " + id + " is " + status + "; it can no longer be edited");
        }
        apply(terms);
        if (overdueSince != null && !deadline.isBefore(today)) {
            overdueSince = null;
        }
    }

    private void apply(Terms terms) {
        title = terms.title();
        description = terms.description();
        requiredSkills.clear();
        requiredSkills.addAll(terms.requiredSkills());
        estimatedHours = terms.estimatedHours();
        priority = terms.priority();
        earliestStart = terms.earliestStart();
        deadline = terms.deadline();
        preferredAssigneeId = terms.preferredAssigneeId();
        predecessorIds.clear();
        predecessorIds.addAll(terms.predecessorIds());
    }

    /** Gives the task to someone; an assigned task may go to someone else. Returns who held it before, if anyone. */
    public UUID assignTo(UUID person) {
        if (status != TaskStatus.OPEN && status != TaskStatus.ASSIGNED) {
            throw illegalMove(TaskStatus.ASSIGNED);
        }
        UUID previous = assigneeId;
        assigneeId = person;
        status = TaskStatus.ASSIGNED;
        pinned = false;
        return previous;
    }

    /** Keeps an assigned task with its assignee whatever the planner finds; a new assignment or taking it back ends that. */
    /** Keeps the task on its assignee in plans; returns whether it was not pinned yet. */
    public boolean pin() {
        if (status != TaskStatus.ASSIGNED) {
            throw Problems.conflictOn("status", "Task " + id + " is " + status + "; only an assigned task can be pinned to its assignee");
        }
        boolean was = pinned;
        pinned = true;
        return !was;
    }

    /** Lets the planner move the task again; returns whether it was pinned. */
    public boolean unpin() {
        boolean was = pinned;
        pinned = false;
        return was;
    }

    /** Takes an assigned task back; returns who held it. */
    public UUID unassign() {
        UUID previous = assigneeId;
        moveTo(TaskStatus.OPEN);
        assigneeId = null;
        return previous;
    }

    /** Work starts, or starts again after a return. */
    public void start(OffsetDateTime now) {
        moveTo(TaskStatus.IN_PROGRESS);
        if (startedAt == null) {
            startedAt = now;
        }
    }

    public void submit(OffsetDateTime now) {
        moveTo(TaskStatus.SUBMITTED);
        submittedAt = now;
    }

    /** On time when the accepted work was submitted on or before the deadline (UTC day): the review's own delay does not count. */
    public void accept(int score, String comments, OffsetDateTime now) {
        moveTo(TaskStatus.ACCEPTED);
        qualityScore = score;
        reviewComments = comments;
        acceptedAt = now;
        onTime = !submittedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().isAfter(deadline);
    }

    public void returnForRework(String reasons) {
        moveTo(TaskStatus.RETURNED);
        returnReasons = reasons;
        returnCount++;
    }

    /** Returns the status it was cancelled in. */
    public TaskStatus cancel(String reason, OffsetDateTime now) {
        TaskStatus previous = status;
        moveTo(TaskStatus.CANCELLED);
        cancelReason = reason;
        cancelledAt = now;
        return previous;
    }

    /** Past its deadline and not accepted: marked once, in the transaction that announces it. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isFinal() && deadline.isBefore(today);
    }

    public void markOverdue(OffsetDateTime now) {
        overdueSince = now;
    }

    /** Any move ends a pin: it only means something while the task is assigned and not started. */
    private void moveTo(TaskStatus next) {
        if (!status.allowedNext().contains(next)) {
            throw illegalMove(next);
        }
        status = next;
        pinned = false;
    }

    private RuntimeException illegalMove(TaskStatus next) {
        return Problems.illegalTransition("Task " + id, status, next, status.allowedNext());
    }
}
