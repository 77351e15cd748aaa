package io.bureau.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.bureau.platform.events.CloudEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes committed outbox rows to Kafka, in order per key, with the idempotent producer and
 * {@code acks=all}. It runs on its own thread, woken right after a commit that wrote rows (and
 * every poll interval in case another replica's commit did), and takes free lanes with
 * {@code FOR UPDATE SKIP LOCKED} so replicas never publish the same row at once.
 *
 * <p>Through a broker outage rows simply stay pending: the failed row and everything after it in
 * its lane wait, the relay backs off (doubling up to the configured maximum), and publishes them
 * once the broker answers. A row is marked published only after the broker acknowledged it, so
 * delivery is at least once; consumers de-duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failures;
    private Timer delay;
    private Instant nextCleanup = Instant.EPOCH;

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
                worker.join(config.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
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
                BatchResult result = publishBatch();
                if (result.failed()) {
                    pause = backoff;
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                } else {
                    backoff = FIRST_BACKOFF;
                    pause = result.full() ? Duration.ZERO : config.pollInterval();
                }
                cleanUpIfDue();
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

    private record BatchResult(boolean full, boolean failed) {
    }

    private record Row(long id, String eventId, String topic, String type, String key, int lane,
                       String payload, String requestId, OffsetDateTime occurredAt) {
    }

    /** One transaction: lock free lanes, publish their oldest pending rows, mark what was acknowledged. */
    private BatchResult publishBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Integer> lanes = lockFreeLanes(c);
                if (lanes.isEmpty()) {
                    c.commit();
                    return new BatchResult(false, false);
                }
                List<Row> rows = pendingRows(c, lanes);
                if (rows.isEmpty()) {
                    c.commit();
                    return new BatchResult(false, false);
                }
                boolean failed = send(c, rows);
                c.commit();
                return new BatchResult(rows.size() == config.batchSize(), failed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Integer> lockFreeLanes(Connection c) throws SQLException {
        List<Integer> lanes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select lane from outbox_lane order by lane for update skip locked");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lanes.add(rs.getInt(1));
            }
        }
        return lanes;
    }

    private List<Row> pendingRows(Connection c, List<Integer> lanes) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select id, event_id, topic, event_type, aggregate_id, lane, payload::text, request_id, occurred_at
                from outbox_event
                where published_at is null and lane = any(?)
                order by id
                limit ?""")) {
            s.setArray(1, c.createArrayOf("integer", lanes.toArray()));
            s.setInt(2, config.batchSize());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class)));
                }
            }
        }
        return rows;
    }

    /**
     * Sends the rows and waits for the acknowledgements. In each lane, rows are marked published
     * up to the first failure; that row and the rest of its lane stay pending, so a key's events
     * are never published out of order by a later retry. Returns whether anything failed.
     */
    private boolean send(Connection c, List<Row> rows) throws SQLException {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(kafka.send(toRecord(row)));
        }
        kafka.flush();
        List<Long> done = new ArrayList<>();
        Set<Integer> blockedLanes = new HashSet<>();
        String firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (blockedLanes.contains(row.lane())) {
                continue;
            }
            try {
                acks.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                done.add(row.id());
                delay.record(Duration.between(row.occurredAt().toInstant(), Instant.now()));
            } catch (Exception e) {
                String error = e instanceof java.util.concurrent.ExecutionException ? e.getCause().toString() : e.toString();
                blockedLanes.add(row.lane());
                recordFailure(c, row.id(), error);
                firstError = firstError == null ? error : firstError;
            }
        }
        markPublished(c, done);
        published.increment(done.size());
        if (firstError != null) {
            failures.increment();
            LOG.warnf("Outbox relay: %d of %d events published; the rest wait for the broker (%s)",
                    done.size(), rows.size(), firstError);
            // A producer that timed out may hold a broken connection or sequence state: start afresh.
            closeProducer();
            return true;
        }
        return false;
    }

    private ProducerRecord<String, String> toRecord(Row row) {
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

    private void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "update outbox_event set published_at = now(), last_error = null where id = any(?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            s.executeUpdate();
        }
    }

    private void recordFailure(Connection c, long id, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            s.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private void cleanUpIfDue() throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "delete from outbox_event where published_at < now() - (? * interval '1 second')")) {
            s.setLong(1, config.retention().toSeconds());
            int deleted = s.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Outbox relay removed %d published events older than %s", deleted, config.retention());
            }
        }
    }

    private KafkaProducer<String, String> producer() {
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
            int sendTimeout = (int) config.sendTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, sendTimeout - 10));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
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

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
