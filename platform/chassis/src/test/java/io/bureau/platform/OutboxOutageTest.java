package io.bureau.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.bureau.infra.KafkaBroker;
import io.bureau.platform.outbox.Outbox;
import io.bureau.testing.InjectKafkaBroker;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The broker stops while the relay is publishing many events of many keys, and comes back: every
 * key's events are on the topic in the order they were committed, none is lost, and meanwhile the
 * relay never held more than a few lanes.
 */
@QuarkusTest
class OutboxOutageTest {

    private static final String TYPE = "bureau.sample.outage.changed.v1";
    private static final String TOPIC = "bureau.sample.outage";
    private static final int KEYS = 40;
    private static final int EVENTS_PER_KEY = 25;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @InjectKafkaBroker
    KafkaBroker broker;

    @Test
    void everyKeyKeepsItsOrderAndNoEventIsLostWhenTheBrokerStopsMidBatch() throws Exception {
        assumeTrue(broker != null, "needs the broker the tests started (not a configured one)");
        List<String> keys = IntStream.range(0, KEYS).mapToObj(k -> "outage-" + k + "-" + System.nanoTime()).toList();
        int total = KEYS * EVENTS_PER_KEY;
        // Each transaction writes the next event of every key, so every cycle of the relay holds many keys.
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int seq = 0; seq < EVENTS_PER_KEY; seq++) {
                int n = seq;
                QuarkusTransaction.requiringNew().run(() -> keys.forEach(k -> outbox.publish(TYPE, k, Map.of("key", k, "seq", n))));
                pause(Duration.ofMillis(150));
            }
        });
        int lanesHeldAtMost = 0;
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> published() >= total / 10);
            broker.stop();
            assertTrue(published() < total, "the broker must stop in the middle of the publication");
            // While the broker is away, the relay holds at most lanes-per-cycle (4) lanes; the rest are free.
            long outageEnds = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < outageEnds) {
                lanesHeldAtMost = Math.max(lanesHeldAtMost, lanesHeldByRelays());
                pause(Duration.ofMillis(25));
            }
        } finally {
            broker.start();
        }
        writer.get();
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> published() == total);

        List<Event> events = KafkaEvents.all(TOPIC);
        Map<String, List<Integer>> firstSeenOrder = new LinkedHashMap<>();
        Set<String> seenIds = new HashSet<>();
        int duplicates = 0;
        for (Event event : events) {
            if (!seenIds.add(event.id())) {
                duplicates++;
                continue;
            }
            firstSeenOrder.computeIfAbsent(event.key(), k -> new ArrayList<>())
                    .add(objectMapper.readTree(event.value()).get("seq").asInt());
        }
        List<Integer> inOrder = IntStream.range(0, EVENTS_PER_KEY).boxed().toList();
        for (String key : keys) {
            assertEquals(inOrder, firstSeenOrder.get(key), "events of " + key + " as a consumer de-duplicating by ce_id reads them");
        }
        assertEquals(total, seenIds.size(), "every event is on the topic");
        assertEquals(0, parked(), "an outage parks nothing");
        assertTrue(lanesHeldAtMost >= 1 && lanesHeldAtMost <= 4,
                "the relay held " + lanesHeldAtMost + " lanes at most while it waited for the broker");
        System.out.printf("Outbox outage: %d events of %d keys, %d duplicates on the topic, at most %d lanes held%n",
                total, KEYS, duplicates, lanesHeldAtMost);
    }

    private long published() throws Exception {
        return count("select count(*) from outbox_event where event_type = '" + TYPE + "' and published_at is not null");
    }

    private long parked() throws Exception {
        return count("select count(*) from outbox_event where event_type = '" + TYPE + "' and (parked_at is not null or refusals > 0)");
    }

    private int lanesHeldByRelays() throws Exception {
        return (int) count("select count(*) from pg_locks where locktype = 'advisory' and granted and classid = "
                + Outbox.LANE_LOCK_CLASS + " and objsubid = 2");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
