package io.bureau.scheduling.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.platform.problem.ProblemException;

/** The workflow as methods on the task: each legal move, the refusals naming the allowed moves, and the on-time record. */
class TaskStateMachineTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 4);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Task task() {
        return Task.open(UUID.randomUUID(), new Task.Terms("Title", null, List.of(), BigDecimal.ONE, 2, null, DEADLINE, null,
                Set.of()), "test", NOW);
    }

    @Test
    void theHappyPathEndsAcceptedOnTime() {
        Task task = task();
        UUID person = UUID.randomUUID();
        task.assignTo(person);
        task.start(NOW);
        task.submit(DEADLINE.atTime(23, 0).atOffset(ZoneOffset.UTC));
        task.accept(4, "Neat", NOW.plusDays(10));
        assertEquals(TaskStatus.ACCEPTED, task.status);
        assertTrue(task.onTime, "submitted on the deadline day: on time, however late the review");
        assertEquals(4, task.qualityScore);
    }

    @Test
    void workSubmittedAfterTheDeadlineIsLate() {
        Task task = task();
        task.assignTo(UUID.randomUUID());
        task.start(NOW);
        task.submit(DEADLINE.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        task.accept(3, null, NOW.plusDays(10));
        assertFalse(task.onTime);
    }

    @Test
    void returnedWorkIsStartedAgainAndCounted() {
        Task task = task();
        task.assignTo(UUID.randomUUID());
        task.start(NOW);
        task.submit(NOW);
        task.returnForRework("Receipts missing");
        assertEquals(TaskStatus.RETURNED, task.status);
        assertEquals(1, task.returnCount);
        task.start(NOW.plusHours(1));
        assertEquals(NOW, task.startedAt, "the first start is kept");
        assertEquals(TaskStatus.IN_PROGRESS, task.status);
    }

    @Test
    void anIllegalMoveIsA409NamingTheAllowedMoves() {
        Task task = task();
        ProblemException refused = assertThrows(ProblemException.class, () -> task.start(NOW));
        assertEquals(409, refused.status());
        assertEquals("OPEN", refused.extensions().get("currentState"));
        assertEquals(List.of("ASSIGNED", "CANCELLED"), refused.extensions().get("allowedTransitions"));
    }

    @Test
    void cancellingIsAllowedFromEveryStateBeforeAccepted() {
        for (TaskStatus status : TaskStatus.values()) {
            Task task = task();
            task.status = status;
            if (status.isFinal()) {
                assertThrows(ProblemException.class, () -> task.cancel("no", NOW), status.name());
            } else {
                assertEquals(status, task.cancel("no", NOW));
                assertEquals(TaskStatus.CANCELLED, task.status);
            }
        }
    }

    @Test
    void startedWorkCannotBeTakenBackOrGivenToSomeoneElse() {
        Task task = task();
        task.assignTo(UUID.randomUUID());
        task.start(NOW);
        assertThrows(ProblemException.class, task::unassign);
        assertThrows(ProblemException.class, () -> task.assignTo(UUID.randomUUID()));
    }

    @Test
    void movingAMissedDeadlineForwardClearsTheOverdueMark() {
        Task task = task();
        task.markOverdue(NOW);
        task.revise(new Task.Terms("Title", null, List.of(), BigDecimal.ONE, 2, null, DEADLINE.plusDays(7), null, Set.of()),
                DEADLINE.plusDays(1));
        assertEquals(null, task.overdueSince);
    }
}
