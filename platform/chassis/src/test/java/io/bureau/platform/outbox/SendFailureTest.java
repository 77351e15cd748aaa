package io.bureau.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** An outage must never park an event; only what the broker refuses for the event itself may. */
class SendFailureTest {

    @Test
    void theBrokerBeingAwayIsAnOutage() {
        assertEquals(SendFailure.OUTAGE, SendFailure.of(new TimeoutException("Expiring 12 record(s)")));
        assertEquals(SendFailure.OUTAGE, SendFailure.of(new ExecutionException(new NetworkException("disconnected"))));
        assertEquals(SendFailure.OUTAGE, SendFailure.of(new NotEnoughReplicasException("isr")));
        assertEquals(SendFailure.OUTAGE, SendFailure.of(new UnknownTopicOrPartitionException("not yet")));
        assertEquals(SendFailure.OUTAGE, SendFailure.of(new RuntimeException("not understood")), "when in doubt, never park");
    }

    @Test
    void anEventTheBrokerRefusesIsRefused() {
        assertEquals(SendFailure.REFUSED, SendFailure.of(new RecordTooLargeException("1100000 bytes")));
        assertEquals(SendFailure.REFUSED, SendFailure.of(new ExecutionException(new TopicAuthorizationException("bureau.x"))));
    }

    @Test
    void aProducerThatCannotWorkAnyMoreIsReplaced() {
        assertEquals(SendFailure.PRODUCER_UNUSABLE, SendFailure.of(new ProducerFencedException("fenced")));
        assertEquals(SendFailure.PRODUCER_UNUSABLE, SendFailure.of(new ClusterAuthorizationException("no idempotent write")));
        assertEquals(SendFailure.PRODUCER_UNUSABLE, SendFailure.of(new IllegalStateException("producer closed")));
    }
}
