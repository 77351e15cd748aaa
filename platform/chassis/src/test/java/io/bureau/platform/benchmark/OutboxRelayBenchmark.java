package io.bureau.platform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.bureau.platform.outbox.Outbox;
import io.bureau.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Prints the outbox relay's throughput and commit-to-publish latency against the real database
 * and broker. A benchmark, not a test: it asserts nothing about time and runs only with
 * {@code ./mvnw -B -pl platform/chassis -Pbenchmark verify}.
 */
@QuarkusTest
@Tag("benchmark")
class OutboxRelayBenchmark {

    private static final String TYPE = "bureau.bench.item.changed.v1";
    private static final String TOPIC = "bureau.bench.item";

    @Inject
    Outbox outbox;

    @Test
    void relayThroughputAndLatency() throws Exception {
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(seenAt, running, assigned), "bench-reader");
        reader.start();
        assigned.await(30, TimeUnit.SECONDS);
        publishOne("warm-up");
        waitFor(seenAt, List.of("warm-up"), Duration.ofSeconds(60));

        // 1. Latency: one event per transaction, committed one after another at a steady pace.
        int latencyEvents = 1000;
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        for (int i = 0; i < latencyEvents; i++) {
            String key = "lat-" + i;
            publishOne(key);
            committedAt.put(key, System.nanoTime());
            Thread.sleep(5);
        }
        waitFor(seenAt, committedAt.keySet(), Duration.ofSeconds(120));
        long[] latencies = committedAt.entrySet().stream()
                .mapToLong(e -> seenAt.get(e.getKey()) - e.getValue()).sorted().toArray();

        // 2. Steady load: 500 events per transaction, committed as fast as one thread can, published as they come.
        int steady = 20_000;
        List<String> steadyKeys = keys("steady", steady);
        long steadyStart = System.nanoTime();
        for (int from = 0; from < steady; from += 500) {
            List<String> batch = steadyKeys.subList(from, from + 500);
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(k -> outbox.publish(TYPE, k, Map.of("key", k))));
        }
        long steadyCommitted = System.nanoTime();
        waitFor(seenAt, steadyKeys, Duration.ofSeconds(300));
        long steadyDone = steadyKeys.stream().mapToLong(seenAt::get).max().orElseThrow();

        // 3. A backlog, as after a broker outage: one commit makes 20,000 rows visible at once.
        int backlog = 20_000;
        List<String> backlogKeys = keys("backlog", backlog);
        QuarkusTransaction.requiringNew().timeout(300).run(() -> backlogKeys.forEach(k -> outbox.publish(TYPE, k, Map.of("key", k))));
        long backlogCommitted = System.nanoTime();
        waitFor(seenAt, backlogKeys, Duration.ofSeconds(300));
        long backlogDone = backlogKeys.stream().mapToLong(seenAt::get).max().orElseThrow();
        running.set(false);
        reader.join();

        System.out.printf("%n=== Outbox relay benchmark (real PostgreSQL + Kafka %s, %d cores) ===%n",
                org.apache.kafka.common.utils.AppInfoParser.getVersion(), Runtime.getRuntime().availableProcessors());
        System.out.printf("commit-to-consume latency, %d events one per transaction: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latencyEvents, ms(percentile(latencies, 50)), ms(percentile(latencies, 99)), ms(latencies[latencies.length - 1]));
        double steadySeconds = (steadyDone - steadyStart) / 1e9;
        System.out.printf("steady load, %d events in transactions of 500: committed in %.2f s, all consumed after %.2f s: %.0f events/s%n",
                steady, (steadyCommitted - steadyStart) / 1e9, steadySeconds, steady / steadySeconds);
        double drainSeconds = (backlogDone - backlogCommitted) / 1e9;
        System.out.printf("backlog of %d events committed at once: drained by the relay in %.2f s: %.0f events/s%n",
                backlog, drainSeconds, backlog / drainSeconds);
    }

    private void publishOne(String key) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, key, Map.of("key", key)));
    }

    private static List<String> keys(String prefix, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(prefix + "-" + i);
        }
        return keys;
    }

    private static void read(Map<String, Long> seenAt, AtomicBoolean running, CountDownLatch assigned) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaEvents.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            assigned.countDown();
            while (running.get()) {
                for (var record : consumer.poll(Duration.ofMillis(50))) {
                    seenAt.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    private static void waitFor(Map<String, Long> seenAt, java.util.Collection<String> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seenAt.keySet().containsAll(keys)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("events not all published within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
