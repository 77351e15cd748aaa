package io.bureau.scheduling.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.task.TaskService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The generator creates each template's task once per date, however often and however many run at once. */
@QuarkusTest
class RecurringTasksTest {

    @Inject
    RecurringTasks generator;

    @Inject
    EntityManager entityManager;

    private UUID template(Recurrence rule, int horizon, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TaskTemplate t = new TaskTemplate();
            t.id = UUID.randomUUID();
            t.departmentId = UUID.randomUUID();
            t.title = "Empty the letterbox";
            t.estimatedHours = new BigDecimal("0.50");
            t.priority = 3;
            t.setRule(rule);
            t.horizonDays = horizon;
            t.active = active;
            t.createdAt = OffsetDateTime.now();
            t.createdBy = "test";
            t.persist();
            return t.id;
        });
    }

    private long tasksOf(UUID template) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from task where created_by = ?1 and deadline = earliest_start")
                .setParameter(1, "recurring:" + template).getSingleResult()).longValue());
    }

    @Test
    void eachKindCreatesOneTaskPerDueDateAndASecondRunNothing() throws Exception {
        Recurrence daily = new Recurrence(Recurrence.Kind.DAILY, null, null);
        Recurrence weekly = new Recurrence(Recurrence.Kind.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null);
        int today = TaskService.today().getDayOfMonth();
        Recurrence monthly = new Recurrence(Recurrence.Kind.MONTHLY, null, today);
        UUID d = template(daily, 6, true);
        UUID w = template(weekly, 13, true);
        UUID m = template(monthly, 40, true);
        UUID off = template(daily, 6, false);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit((Callable<Integer>) generator::generate));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertEquals(7, tasksOf(d));
        assertEquals(4, tasksOf(w));
        assertEquals(monthly.datesWithin(TaskService.today(), 40).size(), tasksOf(m));
        assertEquals(0, tasksOf(off));

        generator.generate();
        assertEquals(7, tasksOf(d));
        assertEquals(4, tasksOf(w));
        assertEquals(0, tasksOf(off));
    }
}
