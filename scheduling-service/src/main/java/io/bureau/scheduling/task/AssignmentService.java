package io.bureau.scheduling.task;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.roster.RosterAbsence;
import io.bureau.scheduling.roster.RosterPerson;
import io.bureau.scheduling.task.AssignmentRules.Facts;
import io.bureau.scheduling.task.AssignmentRules.Outcome;
import io.bureau.scheduling.task.TaskDtos.TaskAssignmentView;
import io.bureau.scheduling.task.TaskDtos.TaskView;
import io.bureau.scheduling.task.TaskEvents.TaskMoved;

/** A manager gives a task to someone, checked against the roster, or takes it back. */
@ApplicationScoped
public class AssignmentService {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    TaskService tasks;

    @Inject
    TaskAccess access;

    @Inject
    EntityManager entityManager;

    /** Refuses a hard-rule break (422 naming each rule); makes the assignment despite soft ones and answers them as warnings. */
    @Transactional
    public TaskAssignmentView assign(UUID id, UUID assigneeId, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        if (!task.status.allowedNext().contains(TaskStatus.ASSIGNED)) {
            throw Problems.illegalTransition("Task " + task.id, task.status, TaskStatus.ASSIGNED, task.status.allowedNext());
        }
        Outcome outcome = requireHardRules(task, assigneeId);
        TaskView before = TaskView.of(task);
        OffsetDateTime now = TaskService.now();
        UUID previous = task.assignTo(assigneeId);
        Task.flush();
        if (previous != null) {
            outbox.publish(TaskEvents.UNASSIGNED, task.id, TaskMoved.of(task, previous, now));
        }
        outbox.publish(TaskEvents.ASSIGNED, task.id, TaskMoved.of(task, assigneeId, now));
        audit.record("task.assigned", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        return new TaskAssignmentView(TaskView.of(task), outcome.warnings());
    }

    @Transactional
    public TaskView unassign(UUID id, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        UUID previous = task.unassign();
        Task.flush();
        outbox.publish(TaskEvents.UNASSIGNED, task.id, TaskMoved.of(task, previous, TaskService.now()));
        audit.record("task.unassigned", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        return TaskView.of(task);
    }

    /** Pins an assigned task to its assignee: plans keep it there until it is unpinned, reassigned or taken back. */
    @Transactional
    public TaskView pin(UUID id, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        if (task.pin()) {
            Task.flush();
            audit.record("task.pinned", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        }
        return TaskView.of(task);
    }

    /** Lets plans move the task again; unpinning a task that is not pinned changes nothing. */
    @Transactional
    public TaskView unpin(UUID id, String ifMatch) {
        Task task = tasks.requireForUpdate(id);
        access.requireManage(task);
        ETags.checkIfMatch(ifMatch, task.version);
        TaskView before = TaskView.of(task);
        if (task.unpin()) {
            Task.flush();
            audit.record("task.unpinned", TaskService.AUDIT_TYPE, task.id, before, TaskView.of(task));
        }
        return TaskView.of(task);
    }

    /** Checks the assignment of the task as it now is; a hard-rule break is a 422 naming each rule. */
    public Outcome requireHardRules(Task task, UUID assigneeId) {
        Outcome outcome = AssignmentRules.check(factsFor(task, assigneeId));
        if (!outcome.broken().isEmpty()) {
            throw hardRuleBroken(assigneeId, outcome);
        }
        return outcome;
    }

    private Facts factsFor(Task task, UUID assigneeId) {
        RosterPerson person = RosterPerson.findById(assigneeId);
        List<RosterAbsence> absences = RosterAbsence.list("personId = ?1 and cancelled = false and lastDay >= ?2",
                assigneeId, TaskService.today());
        BigDecimal held = entityManager.createQuery("""
                        select coalesce(sum(t.estimatedHours), 0) from Task t
                        where t.assigneeId = ?1 and t.id <> ?2 and t.status in ?3""", BigDecimal.class)
                .setParameter(1, assigneeId).setParameter(2, task.id)
                .setParameter(3, List.of(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED))
                .getSingleResult();
        List<Task> unfinished = task.predecessorIds.isEmpty() ? List.of()
                : Task.<Task>list("id in ?1 and status not in ?2", task.predecessorIds, List.of(TaskStatus.ACCEPTED, TaskStatus.CANCELLED));
        return new Facts(task, person, departmentAndBelow(task.departmentId), absences, held, unfinished,
                skillNames(task), TaskService.today());
    }

    private Set<UUID> departmentAndBelow(UUID departmentId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        with recursive below (id) as (
                            select cast(?1 as uuid)
                            union
                            select d.id from roster_department d join below b on d.parent_id = b.id)
                        select id from below""", UUID.class)
                .setParameter(1, departmentId)
                .getResultList();
        return Set.copyOf(ids);
    }

    /** Skill names as staff published them to anyone on the roster; a skill nobody holds is named by its id. */
    private Map<UUID, String> skillNames(Task task) {
        if (task.requiredSkills.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = task.requiredSkills.stream().map(s -> s.skillId).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select distinct on (skill_id) skill_id, name from roster_skill where skill_id in (?1)")
                .setParameter(1, ids)
                .getResultList();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    private static ProblemException hardRuleBroken(UUID assigneeId, Outcome outcome) {
        List<FieldError> errors = outcome.broken().stream()
                .map(note -> new FieldError("assigneeId", note.rule() + ": " + note.message())).toList();
        return new ProblemException(422, Problems.type("hard-rule"), "The assignment breaks a hard rule",
                assigneeId + " cannot take this task: " + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")),
                errors, Map.of());
    }
}
