package io.bureau.scheduling.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.scheduling.task.TaskEvents.TaskOverdue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds tasks past their deadline and not accepted, marks each and publishes its overdue event in
 * one transaction. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so replicas checking at
 * once split the work instead of sharing it, and the mark means a later check (or a restart)
 * never announces the same missed deadline again. Moving the deadline to today or later clears
 * the mark; missing the new one is announced once more.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Scheduled(every = "${bureau.scheduling.overdue-check.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not once shutdown began: the database may already be closing.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int announced = announceOverdue();
        if (announced > 0) {
            LOG.infof("announced %d overdue task(s)", announced);
        }
    }

    /** Announces every task found overdue now, a batch per transaction; returns how many this call announced. */
    public int announceOverdue() {
        int total = 0;
        while (true) {
            int announced = QuarkusTransaction.requiringNew().call(this::announceBatch);
            total += announced;
            if (announced < BATCH) {
                return total;
            }
        }
    }

    private int announceBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from task
                        where overdue_since is null and deadline < ?1 and status not in ('ACCEPTED', 'CANCELLED')
                        order by deadline, id
                        limit ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, TaskService.today())
                .setParameter(2, BATCH)
                .getResultList();
        OffsetDateTime now = TaskService.now();
        for (UUID id : ids) {
            Task task = Task.findById(id);
            TaskDtos.TaskView before = TaskDtos.TaskView.of(task);
            task.markOverdue(now);
            outbox.publish(TaskEvents.OVERDUE, task.id, TaskOverdue.of(task));
            audit.record("task.overdue", TaskService.AUDIT_TYPE, task.id, before, TaskDtos.TaskView.of(task));
        }
        return ids.size();
    }
}
