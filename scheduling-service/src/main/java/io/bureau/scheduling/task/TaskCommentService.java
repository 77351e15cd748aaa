package io.bureau.scheduling.task;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.scheduling.task.TaskDtos.TaskCommentView;

/** Remarks on a task by its assignee and the managers of its department. */
@ApplicationScoped
public class TaskCommentService {

    @Inject
    TaskAccess access;

    @Inject
    CurrentCaller caller;

    @Transactional
    public TaskCommentView add(UUID taskId, String body) {
        Task task = Lookups.require(Task.class, taskId);
        access.requireComment(task);
        TaskComment comment = new TaskComment();
        comment.id = UUID.randomUUID();
        comment.taskId = task.id;
        comment.author = caller.subject();
        comment.authorEmployeeId = caller.employeeId().orElse(null);
        comment.body = body;
        comment.createdAt = TaskService.now();
        comment.persist();
        return TaskCommentView.of(comment);
    }
}
