package io.bureau.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Sends a lane's rows so that a key's events reach the topic in order whatever fails.
 *
 * <p>Rows go out in rounds: a round sends the next event of every key and waits for their
 * acknowledgements, so a key's later event is never sent before its earlier one is acknowledged
 * (the broker cannot write A2 while A1 fails). At its first failed row a lane stops for this
 * cycle: none of its later rows are sent. An outage stops the whole cycle.
 */
@ApplicationScoped
class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Stands for an acknowledgement still outstanding when the relay stops: the row stays pending. */
    private static final Throwable NOT_DONE = new Throwable("relay stopping");

    @Inject
    OutboxProducer producer;

    @Inject
    OutboxConfig config;

    /** What became of the rows of one cycle; rows in neither list stay pending as they were. */
    record Outcome(List<OutboxRow> published, Map<OutboxRow, Throwable> failed) {

        boolean outage() {
            return failed.values().stream().anyMatch(f -> SendFailure.of(f) == SendFailure.OUTAGE);
        }
    }

    private record Sent(OutboxRow row, Future<RecordMetadata> ack) {
    }

    /** Publishes the rows (in publication order) while {@code running} holds. */
    Outcome send(List<OutboxRow> rows, BooleanSupplier running) {
        List<OutboxRow> published = new ArrayList<>();
        Map<OutboxRow, Throwable> failed = new LinkedHashMap<>();
        Set<Integer> stoppedLanes = new HashSet<>();
        List<OutboxRow> waiting = rows;
        while (!waiting.isEmpty() && running.getAsBoolean()) {
            Set<String> keysInRound = new HashSet<>();
            List<Sent> round = new ArrayList<>();
            List<OutboxRow> later = new ArrayList<>();
            boolean outage = false;
            for (OutboxRow row : waiting) {
                if (outage || stoppedLanes.contains(row.lane())) {
                    continue;
                }
                if (!keysInRound.add(row.key())) {
                    later.add(row);
                    continue;
                }
                Future<RecordMetadata> ack = producer.send(row);
                Throwable immediate = failureIfDone(ack);
                if (immediate != null) {
                    fail(row, immediate, failed, stoppedLanes);
                    outage = SendFailure.of(immediate) == SendFailure.OUTAGE;
                } else {
                    round.add(new Sent(row, ack));
                }
            }
            for (Sent sent : round) {
                Throwable failure = await(sent.ack(), running);
                if (failure == NOT_DONE) {
                    return new Outcome(published, failed);
                }
                if (failure == null) {
                    published.add(sent.row());
                } else {
                    fail(sent.row(), failure, failed, stoppedLanes);
                    outage |= SendFailure.of(failure) == SendFailure.OUTAGE;
                }
            }
            if (outage) {
                break;
            }
            waiting = later;
        }
        return new Outcome(published, failed);
    }

    private void fail(OutboxRow row, Throwable failure, Map<OutboxRow, Throwable> failed, Set<Integer> stoppedLanes) {
        failed.put(row, failure);
        stoppedLanes.add(row.lane());
        producer.failed(failure);
    }

    /** Waits for the acknowledgement (the producer gives up after the send timeout): null when it came. */
    private Throwable await(Future<RecordMetadata> ack, BooleanSupplier running) {
        long warnAt = System.nanoTime() + config.sendTimeout().toNanos();
        while (true) {
            try {
                ack.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (TimeoutException e) {
                if (!running.getAsBoolean()) {
                    return NOT_DONE;
                }
                if (System.nanoTime() > warnAt) {
                    LOG.warnf("Outbox relay still waiting for the broker to acknowledge a send");
                    warnAt = System.nanoTime() + config.sendTimeout().toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return NOT_DONE;
            }
        }
    }

    private static Throwable failureIfDone(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return null;
        }
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
