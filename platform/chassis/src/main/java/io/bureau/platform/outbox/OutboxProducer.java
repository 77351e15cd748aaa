package io.bureau.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bureau.platform.events.CloudEvents;
import io.smallrye.common.annotation.Identifier;

/**
 * The relay's one idempotent producer ({@code acks=all}). It is kept through broker outages: while
 * the broker is away the producer retries each record with the same producer id and sequence
 * number for up to {@code bureau.outbox.send-timeout}, so the broker drops a retry of a record it
 * had already written. Closing it on every failure would lose that and re-send events as new
 * records. It is replaced only when it cannot be used any more ({@link SendFailure#PRODUCER_UNUSABLE}).
 */
@ApplicationScoped
class OutboxProducer {

    private static final Logger LOG = Logger.getLogger(OutboxProducer.class);
    /** The longest a send may wait for a topic's metadata while the broker is away. */
    private static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    private static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private volatile KafkaProducer<String, String> producer;

    /** Sends the row; a send that fails at once (too large, no metadata) answers a failed future. */
    Future<RecordMetadata> send(OutboxRow row) {
        try {
            return producer().send(toRecord(row));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends what waits in the producer's buffers now, and returns once every send so far is acknowledged or failed. */
    void flush() {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.flush();
        }
    }

    /** Called with every failure: a producer that can no longer be used is closed and made again on the next send. */
    void failed(Throwable failure) {
        if (SendFailure.of(failure) == SendFailure.PRODUCER_UNUSABLE && producer != null) {
            LOG.warnf("Outbox producer is unusable (%s): starting a new one", SendFailure.unwrap(failure).toString());
            close();
        }
    }

    /** Also called by the application's shutdown while the relay thread may still be sending. */
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.SPECVERSION, bytes(CloudEvents.SPEC_VERSION));
        headers.add(CloudEvents.ID, bytes(row.eventId()));
        headers.add(CloudEvents.SOURCE, bytes("/" + applicationName));
        headers.add(CloudEvents.TYPE, bytes(row.type()));
        headers.add(CloudEvents.SUBJECT, bytes(row.key()));
        headers.add(CloudEvents.TIME, bytes(row.occurredAt().toString()));
        headers.add(CloudEvents.CONTENT_TYPE, bytes(CloudEvents.JSON));
        if (row.requestId() != null) {
            headers.add(CloudEvents.REQUEST_ID, bytes(row.requestId()));
        }
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            // The app's kafka.* settings (bootstrap servers, TLS, SASL) apply; delivery settings are ours.
            Map<String, Object> props = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            long sendTimeout = config.sendTimeout().toMillis();
            long requestTimeout = Math.max(1000, Math.min(MAX_REQUEST_TIMEOUT.toMillis(), sendTimeout - 10));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(sendTimeout, MAX_BLOCK.toMillis()));
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
