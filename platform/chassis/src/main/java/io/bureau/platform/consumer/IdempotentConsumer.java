package io.bureau.platform.consumer;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.bureau.platform.events.IncomingEvent;
import io.bureau.platform.requestid.RequestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Processes each event once, whatever the broker redelivers. The event id is recorded in
 * {@code processed_event} in the same transaction as the effect: a redelivered event finds its
 * id there and changes nothing, and a failed effect leaves no id behind.
 *
 * <p>Failures are never acknowledged silently. A failure of the infrastructure (the database
 * unreachable, its pool closed or exhausted, a deadlock, a serialization failure, a concurrent
 * update) is retried with back-off, holding the partition, since every later event would fail the
 * same way. While the application stops, such a failure (or any failure that is not certainly the
 * event's own) leaves the event unacknowledged for the next consumer ({@link RetryLaterException}):
 * a good event is never dead-lettered because the database went away with the application.
 * Anything else means this event is poison: the exception leaves the {@code @Incoming} method and
 * the connector sends the record to the dead-letter topic with the reason, then moves on.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** While an event is processed, its id is in the logging MDC under this key (and audit entries name it). */
    public static final String EVENT_ID_MDC_KEY = "eventId";

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration STOP_CHECK = Duration.ofMillis(100);
    /** SQLSTATE classes of failures that pass: connection, transaction rollback, resources, operator. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
    /** The connection pool's own failures, which carry no SQLSTATE: no connection in time, or the pool closed. */
    private static final Pattern POOL_FAILURE = Pattern.compile("(?i)acquisition timeout|pool is closed");

    @Inject
    EntityManager entityManager;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping(true);
    }

    /**
     * Runs {@code handler} for the record unless consumer {@code consumerName} has processed the
     * event already. Call it from a {@code @Blocking} {@code @Incoming} method.
     */
    public void process(String consumerName, ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event = IncomingEvent.from(record);
        RequestIds.set(event.requestId());
        MDC.put(EVENT_ID_MDC_KEY, event.id());
        try {
            processWithRetries(consumerName, event, handler);
        } finally {
            MDC.remove(EVENT_ID_MDC_KEY);
            RequestIds.set(null);
        }
    }

    private void processWithRetries(String consumerName, IncomingEvent event, EventHandler handler) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (markProcessed(consumerName, event)) {
                        handler.handle(event);
                    } else {
                        LOG.debugf("%s already processed event %s (%s)", consumerName, event.id(), event.type());
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (stopping && !isCertainlyPoison(e)) {
                    throw new RetryLaterException(event.type() + " " + event.id() + " failed while stopping: " + rootMessage(e), e);
                }
                if (!isTransient(e)) {
                    throw e instanceof PoisonEventException poison ? poison
                            : new PoisonEventException(event.type() + " " + event.id() + " failed: " + rootMessage(e), e);
                }
                LOG.warnf("%s: transient failure on event %s, retrying in %s ms: %s",
                        consumerName, event.id(), backoff.toMillis(), rootMessage(e));
                sleep(backoff, event);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private boolean markProcessed(String consumerName, IncomingEvent event) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        values (?1, ?2, ?3, now())
                        on conflict do nothing""")
                .setParameter(1, consumerName)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    /** The event's own fault whatever the circumstances: unreadable, refused by its handler, or breaking a constraint. */
    static boolean isCertainlyPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null && sql.getMessage() != null && POOL_FAILURE.matcher(sql.getMessage()).find()) {
                    return true;
                }
                if (state != null && state.length() >= 2 && TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Waits before the next attempt; a shutdown ends the wait at once and leaves the event for the next consumer. */
    private void sleep(Duration duration, IncomingEvent event) {
        long until = System.nanoTime() + duration.toNanos();
        try {
            while (System.nanoTime() < until) {
                if (stopping) {
                    throw new RetryLaterException(event.type() + " " + event.id() + " left for the next consumer: stopping", null);
                }
                Thread.sleep(Math.max(1, Math.min(STOP_CHECK.toMillis(), (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException(event.type() + " " + event.id() + " interrupted while retrying", e);
        }
    }

    /** Marks this consumer as stopping (as the application's shutdown does); tests use it to play a shutdown. */
    void stopping(boolean stopping) {
        this.stopping = stopping;
    }
}
