package io.bureau.scheduling.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.task.TaskDtos.TaskCreateRequest;
import io.bureau.scheduling.task.TaskDtos.TaskUpdateRequest;
import io.bureau.scheduling.task.TaskDtos.TaskView;
import io.bureau.scheduling.task.TaskEvents.TaskCancelled;
import io.bureau.scheduling.task.TaskEvents.TaskCreated;

/** Creating, editing and cancelling tasks: the manager's side of a task's terms. */
@ApplicationScoped
public class TaskService {

    /** Every change to a task is audited under this type and the task's id. */
    public static final String AUDIT_TYPE = "task";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    WorkAccess work;

    @Inject
    TaskAccess access;

    @Inject
    AssignmentService assignments;

    @Transactional
    public TaskView create(TaskCreateRequest request) {
        work.requireManageDepartment(request.departmentId());
        Task.Terms terms = request.terms();
        validate(null, request.departmentId(), terms, true);
        Task task = Task.open(request.departmentId(), terms, caller.subject(), now());
        task.persist();
        outbox.publish(TaskEvents.CREATED, task.id, TaskCreated.of(task));
        audit.record("task.created", AUDIT_TYPE, task.id, null, TaskView.of(task));
        return TaskView.of(task);
    }

    @Transactional
    public TaskView update(UUID id, TaskUpdateRequest request, String ifMatch) {
        Task task = requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        Task.Terms terms = request.terms();
        validate(task, task.departmentId, terms, !terms.deadline().equals(task.deadline));
        TaskView before = TaskView.of(task);
        task.revise(terms, today());
        if (task.status == TaskStatus.ASSIGNED) {
            // New terms must still suit the person holding the task (started work is theirs to finish).
            assignments.requireHardRules(task, task.assigneeId);
        }
        Task.flush();
        audit.record("task.updated", AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }

    @Transactional
    public TaskView cancel(UUID id, String reason, String ifMatch) {
        Task task = requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        OffsetDateTime now = now();
        TaskStatus previous = task.cancel(reason, now);
        Task.flush();
        outbox.publish(TaskEvents.CANCELLED, task.id, new TaskCancelled(task.id, task.departmentId, task.assigneeId, previous, now));
        audit.record("task.cancelled", AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }

    /** The task, locked until the transaction ends, so two moves of one task never interleave. */
    public Task requireForUpdate(UUID id) {
        return Lookups.requireForUpdate(Task.class, id);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Deadlines and days are UTC days. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private void validate(Task task, UUID departmentId, Task.Terms terms, boolean deadlineIsNew) {
        List<FieldError> errors = new ArrayList<>();
        if (deadlineIsNew && terms.deadline().isBefore(today())) {
            errors.add(new FieldError("deadline", "must not be in the past"));
        }
        if (terms.earliestStart() != null && terms.earliestStart().isAfter(terms.deadline())) {
            errors.add(new FieldError("earliestStart", "must not be after the deadline"));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        if (terms.predecessorIds().isEmpty()) {
            return;
        }
        if (task != null && terms.predecessorIds().contains(task.id)) {
            throw Problems.invalidField("predecessorIds", "a task cannot come before itself");
        }
        List<Task> predecessors = Task.list("id in ?1", terms.predecessorIds());
        Set<UUID> found = new HashSet<>();
        for (Task predecessor : predecessors) {
            found.add(predecessor.id);
            if (!predecessor.departmentId.equals(departmentId)) {
                throw Problems.invalidField("predecessorIds", "task " + predecessor.id + " belongs to another department");
            }
        }
        for (UUID id : terms.predecessorIds()) {
            if (!found.contains(id)) {
                throw Problems.invalidField("predecessorIds", "task " + id + " does not exist");
            }
        }
        if (task != null && dependsOn(terms.predecessorIds(), task.id)) {
            throw Problems.invalidField("predecessorIds", "would make a cycle: a predecessor already waits for this task");
        }
    }

    /** Whether following predecessors from {@code start} reaches {@code target}. */
    private static boolean dependsOn(Set<UUID> start, UUID target) {
        Deque<UUID> pending = new ArrayDeque<>(start);
        Set<UUID> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            UUID next = pending.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                Task.<Task>findByIdOptional(next).ifPresent(t -> pending.addAll(t.predecessorIds));
            }
        }
        return false;
    }
}
