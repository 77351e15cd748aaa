package io.bureau.scheduling.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.access.WorkAccess;

/**
 * Who may do what with a task: its assignee sees it and moves it (start, submit, comment); an
 * office manager of its department (or one above) creates, edits, assigns, reviews and cancels
 * it; top managers read; admins do anything.
 */
@RequestScoped
public class TaskAccess {

    @Inject
    WorkAccess work;

    public boolean canRead(Task task) {
        return work.readsDepartment(task.departmentId) || work.isCaller(task.assigneeId);
    }

    public void requireRead(Task task) {
        if (!canRead(task)) {
            throw Problems.forbidden("You may not see task " + task.id);
        }
    }

    public void requireManage(Task task) {
        if (!work.managesDepartment(task.departmentId)) {
            throw Problems.forbidden("You do not manage the department of task " + task.id);
        }
    }

    /** A manager of the department, but never of their own work. */
    public void requireReview(Task task) {
        requireManage(task);
        if (work.isCaller(task.assigneeId)) {
            throw Problems.forbidden("Nobody reviews their own work");
        }
    }

    public void requireAssignee(Task task) {
        if (!work.isCaller(task.assigneeId)) {
            throw Problems.forbidden("Only the assignee of task " + task.id + " moves it");
        }
    }

    public void requireComment(Task task) {
        if (!work.managesDepartment(task.departmentId) && !work.isCaller(task.assigneeId)) {
            throw Problems.forbidden("Only the assignee and the department's managers comment on task " + task.id);
        }
    }
}
