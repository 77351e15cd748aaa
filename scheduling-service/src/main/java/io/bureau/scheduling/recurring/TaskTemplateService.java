package io.bureau.scheduling.recurring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateCreateRequest;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateRecurrence;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateSaved;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateUpdateRequest;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateView;
import io.bureau.scheduling.task.RequiredSkill;
import io.bureau.scheduling.task.TaskDtos.TaskSkillRequirement;
import io.bureau.scheduling.task.TaskService;

/**
 * Recurring templates, written by the managers of their department: each write that can add due
 * days (create, replace, activate) generates the horizon's tasks in the same transaction, so the
 * manager sees them at once; the scheduled generator keeps the horizon moving day by day.
 */
@ApplicationScoped
public class TaskTemplateService {

    /** Every change to a template is audited under this type and the template's id. */
    public static final String AUDIT_TYPE = "task-template";

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    WorkAccess work;

    @Inject
    RecurringTasks generator;

    @Transactional
    public TaskTemplateSaved create(TaskTemplateCreateRequest request) {
        work.requireManageDepartment(request.departmentId());
        TaskTemplate.Terms terms = terms(request.title(), request.description(), request.requiredSkills(), request.estimatedHours(),
                request.priority(), request.recurrence(), request.horizonDays(), request.deadlineDaysAfter());
        TaskTemplate template = TaskTemplate.create(request.departmentId(), terms, caller.subject(), TaskService.now());
        template.persist();
        TaskTemplate.flush();
        audit.record("task-template.created", AUDIT_TYPE, template.id, null, TaskTemplateView.of(template));
        return new TaskTemplateSaved(TaskTemplateView.of(template), generator.generateFor(template));
    }

    @Transactional
    public TaskTemplateSaved update(UUID id, TaskTemplateUpdateRequest request, String ifMatch) {
        TaskTemplate template = requireManaged(id);
        ETags.checkIfMatch(ifMatch, template.version);
        TaskTemplate.Terms terms = terms(request.title(), request.description(), request.requiredSkills(), request.estimatedHours(),
                request.priority(), request.recurrence(), request.horizonDays(), request.deadlineDaysAfter());
        TaskTemplateView before = TaskTemplateView.of(template);
        template.revise(terms);
        TaskTemplate.flush();
        audit.record("task-template.updated", AUDIT_TYPE, template.id, before, TaskTemplateView.of(template));
        return new TaskTemplateSaved(TaskTemplateView.of(template), generator.generateFor(template));
    }

    @Transactional
    public TaskTemplateView deactivate(UUID id, String ifMatch) {
        TaskTemplate template = requireManaged(id);
        ETags.checkIfMatch(ifMatch, template.version);
        TaskTemplateView before = TaskTemplateView.of(template);
        template.deactivate();
        TaskTemplate.flush();
        audit.record("task-template.deactivated", AUDIT_TYPE, template.id, before, TaskTemplateView.of(template));
        return TaskTemplateView.of(template);
    }

    @Transactional
    public TaskTemplateSaved activate(UUID id, String ifMatch) {
        TaskTemplate template = requireManaged(id);
        ETags.checkIfMatch(ifMatch, template.version);
        TaskTemplateView before = TaskTemplateView.of(template);
        template.activate();
        TaskTemplate.flush();
        audit.record("task-template.activated", AUDIT_TYPE, template.id, before, TaskTemplateView.of(template));
        return new TaskTemplateSaved(TaskTemplateView.of(template), generator.generateFor(template));
    }

    /** The template, locked until the transaction ends, if the caller manages its department. */
    private TaskTemplate requireManaged(UUID id) {
        TaskTemplate template = Lookups.requireForUpdate(TaskTemplate.class, id);
        if (!work.managesDepartment(template.departmentId)) {
            throw Problems.forbidden("You do not manage the department of template " + id);
        }
        return template;
    }

    /** Checks what bean validation cannot see: the recurrence's parts against its kind, and skills named twice. */
    private static TaskTemplate.Terms terms(String title, String description, List<TaskSkillRequirement> skills, BigDecimal hours,
                                            Integer priority, TaskTemplateRecurrence recurrence, Integer horizonDays,
                                            Integer deadlineDaysAfter) {
        List<FieldError> errors = new ArrayList<>();
        Set<DayOfWeek> days = recurrence.daysOfWeek() == null ? Set.of() : recurrence.daysOfWeek();
        switch (recurrence.kind()) {
            case DAILY -> {
                if (!days.isEmpty()) {
                    errors.add(new FieldError("recurrence.daysOfWeek", "only for WEEKLY; a DAILY template falls due every day"));
                }
                if (recurrence.dayOfMonth() != null) {
                    errors.add(new FieldError("recurrence.dayOfMonth", "only for MONTHLY"));
                }
            }
            case WEEKLY -> {
                if (days.isEmpty()) {
                    errors.add(new FieldError("recurrence.daysOfWeek", "a WEEKLY template needs at least one day of the week"));
                }
                if (recurrence.dayOfMonth() != null) {
                    errors.add(new FieldError("recurrence.dayOfMonth", "only for MONTHLY"));
                }
            }
            case MONTHLY -> {
                if (recurrence.dayOfMonth() == null) {
                    errors.add(new FieldError("recurrence.dayOfMonth", "a MONTHLY template needs a day of the month between 1 and 31"));
                }
                if (!days.isEmpty()) {
                    errors.add(new FieldError("recurrence.daysOfWeek", "only for WEEKLY"));
                }
            }
        }
        List<TaskSkillRequirement> needed = skills == null ? List.of() : skills;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < needed.size(); i++) {
            if (!seen.add(needed.get(i).skillId())) {
                errors.add(new FieldError("requiredSkills[" + i + "].skillId", "the skill is required twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return new TaskTemplate.Terms(title.strip(), description,
                needed.stream().map(s -> new RequiredSkill(s.skillId(), s.minLevel())).toList(), hours, priority,
                new Recurrence(recurrence.kind(), days, recurrence.dayOfMonth()), horizonDays,
                deadlineDaysAfter == null ? 0 : deadlineDaysAfter);
    }
}
