package io.bureau.scheduling.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.scheduling.task.Task;
import io.bureau.scheduling.task.TaskDtos;
import io.bureau.scheduling.task.TaskEvents;
import io.bureau.scheduling.task.TaskEvents.TaskCreated;
import io.bureau.scheduling.task.TaskService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Creates the tasks of every active template for each date in its horizon. The date is claimed by
 * inserting (template, date) under {@code uq_task_template_occurrence__template_id_occurs_on} with
 * {@code on conflict do nothing} in the same transaction that creates the task and writes its
 * task.created to the outbox: a second run, or a replica racing this one, claims nothing and creates
 * nothing (the racing insert waits for the first transaction and then finds the row). Tasks get the
 * template's terms: required skills, hours, priority; earliest start the day it falls due, deadline
 * {@code deadlineDaysAfter} days later.
 */
@ApplicationScoped
public class RecurringTasks {

    private static final Logger LOG = Logger.getLogger(RecurringTasks.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Scheduled(every = "${bureau.scheduling.recurring.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int created = generate();
        if (created > 0) {
            LOG.infof("created %d recurring task(s)", created);
        }
    }

    /** Generates what is due for every active template; returns how many tasks this call created. */
    public int generate() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(
                () -> TaskTemplate.listActive().stream().map(t -> t.id).toList());
        int total = 0;
        for (UUID id : ids) {
            total += QuarkusTransaction.requiringNew().call(() -> generate(id));
        }
        return total;
    }

    private int generate(UUID templateId) {
        TaskTemplate template = TaskTemplate.findById(templateId);
        if (template == null || !template.active) {
            return 0;
        }
        return generateFor(template);
    }

    /**
     * Creates the template's tasks for the dates of its horizon not yet claimed, in the caller's
     * transaction: the template's API calls it so a manager sees the tasks at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int generateFor(TaskTemplate template) {
        if (!template.active) {
            return 0;
        }
        UUID templateId = template.id;
        int created = 0;
        for (LocalDate date : template.rule().datesWithin(TaskService.today(), template.horizonDays)) {
            UUID taskId = UUID.randomUUID();
            int claimed = entityManager.createNativeQuery("""
                            insert into task_template_occurrence (template_id, occurs_on, task_id) values (?1, ?2, ?3)
                            on conflict on constraint uq_task_template_occurrence__template_id_occurs_on do nothing""")
                    .setParameter(1, templateId).setParameter(2, date).setParameter(3, taskId)
                    .executeUpdate();
            if (claimed == 0) {
                continue;
            }
            Task task = Task.open(template.departmentId, template.taskTermsOn(date), "recurring:" + templateId, TaskService.now());
            task.id = taskId;
            task.persist();
            outbox.publish(TaskEvents.CREATED, task.id, TaskCreated.of(task));
            audit.record("task.created", TaskService.AUDIT_TYPE, task.id, null, TaskDtos.TaskView.of(task));
            created++;
        }
        return created;
    }
}
