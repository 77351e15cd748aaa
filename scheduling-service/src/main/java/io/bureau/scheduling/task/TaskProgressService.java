package io.bureau.scheduling.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.task.TaskDtos.TaskView;
import io.bureau.scheduling.task.TaskEvents.TaskAccepted;
import io.bureau.scheduling.task.TaskEvents.TaskMoved;
import io.bureau.scheduling.task.TaskEvents.TaskReturned;

/** The work itself: the assignee starts and submits; a manager of the department accepts or returns it. */
@ApplicationScoped
public class TaskProgressService {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    TaskService tasks;

    @Inject
    TaskAccess access;

    /** Starts the work, or starts again after a return; every predecessor must be done (accepted or cancelled) first. */
    @Transactional
    public TaskView start(UUID id, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireAssignee(task);
        ETags.checkIfMatch(ifMatch, task.version);
        if (task.status.allowedNext().contains(TaskStatus.IN_PROGRESS) && !task.predecessorIds.isEmpty()) {
            List<Task> waiting = Task.list("id in ?1 and status not in ?2", task.predecessorIds,
                    List.of(TaskStatus.ACCEPTED, TaskStatus.CANCELLED));
            if (!waiting.isEmpty()) {
                throw Problems.conflict("Task " + task.id + " waits for its predecessor " + waiting.get(0).id
                        + " (" + waiting.get(0).status + ") to be done");
            }
        }
        return move(task, "task.started", TaskEvents.STARTED, t -> t.start(TaskService.now()));
    }

    @Transactional
    public TaskView submit(UUID id, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireAssignee(task);
        ETags.checkIfMatch(ifMatch, task.version);
        return move(task, "task.submitted", TaskEvents.SUBMITTED, t -> t.submit(TaskService.now()));
    }

    /** Accepts submitted work with a quality score; records whether it was submitted on time. */
    @Transactional
    public TaskView accept(UUID id, int qualityScore, String comments, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireReview(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        task.accept(qualityScore, comments, TaskService.now());
        Task.flush();
        outbox.publish(TaskEvents.ACCEPTED, task.id, TaskAccepted.of(task));
        audit.record("task.accepted", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }

    /** Sends submitted work back to its assignee with the reasons; they start it again. */
    @Transactional
    public TaskView returnForRework(UUID id, String reasons, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireReview(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        task.returnForRework(reasons);
        Task.flush();
        outbox.publish(TaskEvents.RETURNED, task.id,
                new TaskReturned(task.id, task.departmentId, task.assigneeId, task.returnCount, TaskService.now()));
        audit.record("task.returned", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }

    private TaskView move(Task task, String action, String eventType, Consumer<Task> move) {
        TaskView before = TaskView.of(task);
        OffsetDateTime now = TaskService.now();
        move.accept(task);
        Task.flush();
        outbox.publish(eventType, task.id, TaskMoved.of(task, task.assigneeId, now));
        audit.record(action, TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }
}
