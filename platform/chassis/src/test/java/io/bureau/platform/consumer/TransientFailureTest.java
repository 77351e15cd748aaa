package io.bureau.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which failures a consumer retries (the infrastructure's) and which dead-letter the event (its own). */
class TransientFailureTest {

    @Test
    void infrastructureFailuresAreRetried() {
        assertTrue(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("connection refused", "08001"))));
        assertTrue(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertTrue(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("admin shutdown", "57P01"))));
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(IdempotentConsumer.isTransient(new OptimisticLockException("concurrent update")));
        assertTrue(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("could not serialize access", "40001"))));
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(
                new SQLException("This pool is closed and does not handle any more connections!"))));
    }

    @Test
    void onlyTheEventsOwnFaultsAreCertainlyPoison() {
        assertTrue(IdempotentConsumer.isCertainlyPoison(new PoisonEventException("unknown employee")));
        assertTrue(IdempotentConsumer.isCertainlyPoison(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(IdempotentConsumer.isCertainlyPoison(new PersistenceException(new SQLException("connection refused", "08001"))));
        assertFalse(IdempotentConsumer.isCertainlyPoison(new IllegalStateException("EntityManagerFactory is closed")),
                "while stopping, an unexpected failure leaves the event for the next consumer");
    }

    @Test
    void failuresOfTheEventItselfAreNot() {
        assertFalse(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(IdempotentConsumer.isTransient(new PersistenceException(new SQLException("null value", "23502"))));
        assertFalse(IdempotentConsumer.isTransient(new IllegalArgumentException("bad level")));
        assertFalse(IdempotentConsumer.isTransient(new PoisonEventException("refused", new SQLException("x", "08001"))));
    }
}
