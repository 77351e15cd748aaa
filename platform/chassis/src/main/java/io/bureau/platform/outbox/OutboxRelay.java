package io.bureau.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka, in order per key, at least once. It runs on its own
 * thread, woken right after a commit that wrote rows (and every poll interval in case another
 * replica's commit did). Each cycle it takes a few free lanes ({@link OutboxLanes}), sends their
 * oldest rows ({@link OutboxSender}), and records what happened to each row.
 *
 * <p>Through a broker outage rows stay pending and the relay backs off (doubling up to the
 * configured maximum); its producer is kept, so records it still holds are retried without
 * duplicates. A row is marked published only after the broker acknowledged it; consumers
 * de-duplicate by event id.
 *
 * <p>A row the broker refuses for itself (too large, topic not authorised) is parked after
 * {@code bureau.outbox.park-after-refusals} refusals: an ERROR names it, the
 * {@code bureau.outbox.parked} gauge counts it, other keys of its lane move on, and later rows of
 * its key wait behind it. An operator deals with it by fixing the cause and un-parking it
 * ({@code update outbox_event set parked_at = null, refusals = 0 where event_id = ...}), or by
 * giving it up ({@code delete from outbox_event where event_id = ...}); either way the key's
 * waiting rows then follow in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxLanes lanes;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxProducer producer;

    @Inject
    OutboxHousekeeping housekeeping;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Counter published;
    private Counter failures;
    private Timer delay;

    void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        published = registry.counter("bureau.outbox.published");
        failures = registry.counter("bureau.outbox.publish.failures");
        delay = Timer.builder("bureau.outbox.delay")
                .description("From the event's commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close();
    }

    /** Called after a commit that wrote outbox rows: publish now rather than at the next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            Duration pause;
            try {
                Cycle cycle = publishCycle();
                if (cycle.outage()) {
                    pause = backoff;
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                } else {
                    backoff = FIRST_BACKOFF;
                    pause = cycle.moreWork() ? Duration.ZERO : config.pollInterval();
                }
                housekeeping.runIfDue();
            } catch (Exception e) {
                LOG.warnf("Outbox relay cycle failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
                pause = backoff;
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
            if (!pause.isZero()) {
                awaitWakeUp(pause);
            }
        }
    }

    private record Cycle(boolean moreWork, boolean outage) {
    }

    /** Takes free lanes, publishes their oldest rows, records the outcome, and lets the lanes go. */
    private Cycle publishCycle() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try {
                List<Integer> taken = lanes.take(c, config.lanesPerCycle());
                if (taken.isEmpty()) {
                    return new Cycle(false, false);
                }
                List<OutboxRow> rows = lanes.pendingRows(c, taken, config.batchSize());
                OutboxSender.Outcome outcome = sender.send(rows, () -> running);
                record(c, outcome);
                boolean moreWork = !outcome.published().isEmpty()
                        && (rows.size() == config.batchSize() || taken.size() == config.lanesPerCycle());
                return new Cycle(moreWork, outcome.outage());
            } finally {
                lanes.releaseAll(c);
            }
        }
    }

    private void record(Connection c, OutboxSender.Outcome outcome) throws SQLException {
        lanes.markPublished(c, outcome.published().stream().map(OutboxRow::id).toList());
        published.increment(outcome.published().size());
        Instant now = Instant.now();
        outcome.published().forEach(row -> delay.record(Duration.between(row.occurredAt().toInstant(), now)));
        if (outcome.failed().isEmpty()) {
            return;
        }
        failures.increment();
        for (Map.Entry<OutboxRow, Throwable> failure : outcome.failed().entrySet()) {
            OutboxRow row = failure.getKey();
            String error = SendFailure.unwrap(failure.getValue()).toString();
            if (SendFailure.of(failure.getValue()) != SendFailure.REFUSED) {
                lanes.recordFailure(c, row.id(), error);
                continue;
            }
            int waiting = lanes.recordRefusal(c, row.id(), error, config.parkAfterRefusals());
            if (waiting >= 0) {
                LOG.errorf("Outbox event %s (%s, key %s) parked: the broker refused it %d times (%s). "
                                + "%d later events of that key wait behind it; fix the cause and un-park it, or delete it",
                        row.eventId(), row.type(), row.key(), config.parkAfterRefusals(), error, waiting);
            } else {
                LOG.warnf("Outbox event %s (%s) refused by the broker: %s; lane %d waits", row.eventId(), row.type(), error, row.lane());
            }
        }
        OutboxRow first = outcome.failed().keySet().iterator().next();
        LOG.warnf("Outbox relay: %d events published, %d failed and stopped their lanes for now (first: event %s, %s)",
                outcome.published().size(), outcome.failed().size(), first.eventId(),
                SendFailure.unwrap(outcome.failed().get(first)).toString());
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
