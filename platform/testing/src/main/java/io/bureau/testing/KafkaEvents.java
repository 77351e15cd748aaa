package io.bureau.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads events back from the real broker in tests: every record of the given topics from the
 * beginning, as {@link Event}s with their CloudEvents headers decoded.
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** One record as a test sees it. */
    public record Event(String topic, String key, Map<String, String> headers, String value) {
        public String id() {
            return headers.get("ce_id");
        }

        public String type() {
            return headers.get("ce_type");
        }

        public String subject() {
            return headers.get("ce_subject");
        }
    }

    /** Every record now on the topics (reading until the end offsets seen at the start). */
    public static List<Event> all(String... topics) {
        List<Event> events = new ArrayList<>();
        try (var consumer = fromTheBeginning(topics)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    events.add(toEvent(r));
                }
            }
        }
        return events;
    }

    /**
     * Every record on the topics up to and including the first that matches {@code marker}, reading
     * until it arrives (for at most {@code timeout}). Publish the marker after the events under test
     * with the same key, so it lands behind them in the same partition: a late duplicate of one of
     * them would arrive before it and be among the records returned.
     */
    public static List<Event> allUntil(Predicate<Event> marker, Duration timeout, String... topics) {
        List<Event> events = new ArrayList<>();
        try (var consumer = fromTheBeginning(topics)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Event event = toEvent(r);
                    events.add(event);
                    if (marker.test(event)) {
                        return events;
                    }
                }
            }
        }
        throw new AssertionError("the marker event did not arrive within " + timeout + " on " + String.join(", ", topics));
    }

    /** A consumer of its own (no group offsets) assigned every partition of the topics, at offset 0. */
    private static KafkaConsumer<String, String> fromTheBeginning(String... topics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** The events on the topics that match, in the order they were published. */
    public static List<Event> matching(Predicate<Event> filter, String... topics) {
        return all(topics).stream().filter(filter).toList();
    }

    public static Predicate<Event> withSubject(Object subject) {
        return e -> subject.toString().equals(e.subject());
    }

    /**
     * Delivers an event to the real broker as another context would publish it (CloudEvents
     * binary mode), for tests of a consumer. The same {@code eventId} twice is a redelivery.
     */
    public static void deliver(String topic, String eventId, String type, Object subject, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.toString(), payload);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_source", bytes("/test"))
                .add("ce_type", bytes(type))
                .add("ce_subject", bytes(subject.toString()))
                .add("ce_time", bytes(OffsetDateTime.now().toString()))
                .add("content-type", bytes("application/json"));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not deliver " + type + " to " + topic, e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Event toEvent(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new Event(r.topic(), r.key(), headers, r.value());
    }
}
