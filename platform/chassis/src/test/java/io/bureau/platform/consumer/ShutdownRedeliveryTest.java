package io.bureau.platform.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.bureau.platform.sample.NoteEffects;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A good event whose processing fails because the database went away while the application
 * stops is not dead-lettered and not acknowledged: the next consumer of the partition gets it.
 */
@QuarkusTest
class ShutdownRedeliveryTest {

    private static final String TOPIC = "bureau.sample.database-gone";
    private static final String DLQ = "bureau.sample.dlq";
    private static final String TYPE = "bureau.sample.note.created.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    NoteEffects effects;

    @Test
    void aTransientFailureWhileStoppingLeavesTheEventForTheNextConsumer() throws Exception {
        consumer.stopping(true);
        try {
            UUID noteId = UUID.randomUUID();
            String eventId = UUID.randomUUID().toString();
            KafkaEvents.deliver(TOPIC, eventId, TYPE, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"good\"}");
            String laterId = UUID.randomUUID().toString();
            KafkaEvents.deliver(TOPIC, laterId, TYPE, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"later\"}");

            // The later event of the same partition is handled after the first one's failure was.
            await().atMost(Duration.ofSeconds(60)).until(() -> effects.handlerRuns(laterId) == 1);
            assertEquals(1, effects.handlerRuns(eventId), "not retried in place while stopping");
            // Any dead letter of the partition's events was written before the later event was handled.
            assertTrue(KafkaEvents.matching(e -> eventId.equals(e.id()) || laterId.equals(e.id()), DLQ).isEmpty(),
                    "a good event was dead-lettered");
            // This channel commits every 200 ms: after several rounds the group has still committed nothing past it.
            Thread.sleep(1500);
            assertNull(committedOffset(), "the event was acknowledged, so no later consumer would receive it");
        } finally {
            consumer.stopping(false);
        }
    }

    private OffsetAndMetadata committedOffset() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaEvents.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets("chassis-sample-database-gone").partitionsToOffsetAndMetadata()
                    .get().get(new TopicPartition(TOPIC, 0));
        }
    }
}
