package io.bureau.platform.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;

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

    @Inject
    OutboxProducer producer;

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
            // Every send is acknowledged or failed once the flush returns (at the latest after the send timeout).
            producer.flush();
            for (Sent sent : round) {
                if (!sent.ack().isDone()) {
                    // Only when the producer was replaced during the round: the send's fate is unknown, so its lane waits.
                    stoppedLanes.add(sent.row().lane());
                    continue;
                }
                Throwable failure = failureIfDone(sent.ack());
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

    /** The failure of a send that has completed; null while it is still under way or when it succeeded. */
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
