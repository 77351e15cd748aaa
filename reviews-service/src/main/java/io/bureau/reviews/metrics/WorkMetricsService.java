package io.bureau.reviews.metrics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.reviews.events.SchedulingEvents.TaskAccepted;
import io.bureau.reviews.events.SchedulingEvents.TaskOverdue;
import io.bureau.reviews.events.SchedulingEvents.TaskReturned;

/**
 * Records what scheduling reports about people's work as facts, one row each, keyed so that the
 * same fact re-published under another event id still counts once. Facts are independent of one
 * another, so the order they arrive in changes nothing. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class WorkMetricsService {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(TaskAccepted event) {
        require(event.taskId() != null && event.assigneeId() != null, "taskId and assigneeId");
        require(event.acceptedAt() != null && event.onTime() != null, "acceptedAt and onTime");
        require(event.qualityScore() != null && event.qualityScore() >= 1 && event.qualityScore() <= 5, "qualityScore 1-5");
        record("ACCEPTED:" + event.taskId(), "ACCEPTED", event.taskId(), event.assigneeId(), event.departmentId(),
                dayOf(event.acceptedAt()), event.onTime(), event.qualityScore());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(TaskReturned event) {
        require(event.taskId() != null && event.assigneeId() != null, "taskId and assigneeId");
        require(event.at() != null && event.returnCount() != null, "at and returnCount");
        record("RETURNED:" + event.taskId() + ":" + event.returnCount(), "RETURNED", event.taskId(), event.assigneeId(),
                event.departmentId(), dayOf(event.at()), null, null);
    }

    /** Once per missed deadline; a task nobody held counts for nobody. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(TaskOverdue event) {
        require(event.taskId() != null && event.detectedAt() != null, "taskId and detectedAt");
        if (event.assigneeId() == null) {
            return;
        }
        record("OVERDUE:" + event.taskId() + ":" + event.deadline(), "OVERDUE", event.taskId(), event.assigneeId(),
                event.departmentId(), dayOf(event.detectedAt()), null, null);
    }

    private void record(String key, String kind, UUID taskId, UUID employeeId, UUID departmentId, LocalDate on,
                        Boolean onTime, Integer quality) {
        entityManager.createNativeQuery("""
                        insert into work_fact (fact_key, kind, task_id, employee_id, department_id, occurred_on, on_time, quality_score)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (fact_key) do nothing""")
                .setParameter(1, key).setParameter(2, kind).setParameter(3, taskId).setParameter(4, employeeId)
                .setParameter(5, departmentId).setParameter(6, on).setParameter(7, onTime).setParameter(8, quality)
                .executeUpdate();
    }

    /** Periods are counted in UTC days. */
    private static LocalDate dayOf(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new PoisonEventException("the event lacks " + what);
        }
    }
}
