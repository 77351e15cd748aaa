package io.bureau.scheduling.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.task.TaskDtos.TaskCommentView;
import io.bureau.scheduling.task.TaskDtos.TaskView;
import io.quarkus.panache.common.Parameters;

/** Reads of tasks for screens, each limited to what the caller may see. */
@ApplicationScoped
public class TaskQueries {

    private static final Map<String, String> SORTABLE = Map.of("deadline", "deadline", "priority", "priority",
            "status", "status", "createdAt", "createdAt", "title", "title");

    @Inject
    WorkAccess work;

    @Inject
    TaskAccess access;

    @Inject
    CurrentCaller caller;

    /** Filters of the task list; any may be absent. */
    public record TaskFilter(UUID departmentId, TaskStatus status, UUID assigneeId) {
    }

    @Transactional
    public TaskView get(UUID id) {
        Task task = Lookups.require(Task.class, id);
        access.requireRead(task);
        return TaskView.of(task);
    }

    /** Admins and top managers see every task; office managers their departments' and their own; employees their own. */
    @Transactional
    public Page<TaskView> list(TaskFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        visibleOnly(where, parameters);
        if (filter.departmentId() != null) {
            where.append(" and departmentId = :department");
            parameters.and("department", filter.departmentId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.assigneeId() != null) {
            where.append(" and assigneeId = :assignee");
            parameters.and("assignee", filter.assigneeId());
        }
        return page(where, parameters, page.orderBy(SORTABLE, "deadline, priority, id"), page);
    }

    /** Tasks the overdue check found past their deadline and not yet accepted, earliest deadline first. */
    @Transactional
    public Page<TaskView> overdue(UUID departmentId, PageRequest page) {
        if (!work.readsEverything() && work.managedDepartments().isEmpty()) {
            throw Problems.forbidden("Only managers of a department read its overdue tasks");
        }
        StringBuilder where = new StringBuilder("overdueSince is not null and status not in :final");
        Parameters parameters = Parameters.with("final", List.of(TaskStatus.ACCEPTED, TaskStatus.CANCELLED));
        if (!work.readsEverything()) {
            where.append(" and departmentId in :managed");
            parameters.and("managed", work.managedDepartments());
        }
        if (departmentId != null) {
            where.append(" and departmentId = :department");
            parameters.and("department", departmentId);
        }
        return page(where, parameters, page.orderBy(SORTABLE, "deadline, priority, id"), page);
    }

    @Transactional
    public Page<TaskCommentView> comments(UUID taskId, PageRequest page) {
        access.requireRead(Lookups.require(Task.class, taskId));
        String order = page.orderBy(Map.of("createdAt", "createdAt"), "createdAt, id");
        return Pages.of(TaskComment.find("taskId = ?1 order by " + order, taskId), page, TaskCommentView::of);
    }

    private void visibleOnly(StringBuilder where, Parameters parameters) {
        if (work.readsEverything()) {
            return;
        }
        UUID me = caller.employeeId().orElse(null);
        Set<UUID> managed = work.managedDepartments();
        if (managed.isEmpty()) {
            where.append(" and assigneeId = :me");
        } else {
            where.append(" and (assigneeId = :me or departmentId in :managed)");
            parameters.and("managed", managed);
        }
        parameters.and("me", me == null ? new UUID(0, 0) : me);
    }

    private static Page<TaskView> page(StringBuilder where, Parameters parameters, String order, PageRequest page) {
        Page<Task> tasks = Pages.of(Task.find(where + " order by " + order, parameters), page, Function.identity());
        if (!tasks.items().isEmpty()) {
            // Requirements and predecessors of the whole page at once, not one task at a time.
            List<UUID> ids = tasks.items().stream().map(t -> t.id).toList();
            Task.find("select distinct t from Task t left join fetch t.requiredSkills where t.id in ?1", ids).list();
            Task.find("select distinct t from Task t left join fetch t.predecessorIds where t.id in ?1", ids).list();
        }
        return tasks.map(TaskView::of);
    }
}
