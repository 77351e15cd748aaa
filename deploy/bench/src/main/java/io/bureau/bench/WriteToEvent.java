package io.bureau.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A write through the gateway and how soon the rest of the system knows it: departments are created
 * at a fixed rate; an independent Kafka consumer notes when each one's event is on the broker, and
 * the databases say when staff-service recorded the event and when scheduling-service (which keeps
 * departments in its roster) applied it.
 */
final class WriteToEvent {

    record Figures(int writes, double achievedPerSecond, double httpP50, double httpP99, double toBrokerP50,
            double toBrokerP99, double commitToPublishP50, double commitToPublishP99, double commitToAppliedP50,
            double commitToAppliedP99, int failed) {
    }

    private static final String TOPIC = "bureau.staff.department";
    private static final int IN_FLIGHT = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WriteToEvent(Options options, String token) {
        this.options = options;
        this.token = token;
    }

    /**
     * Sends {@code writes} creates at the measured rate and waits until scheduling-service applied
     * them all: the write paths of four services are compiled by then (with C2 a few dozen creates
     * left them interpreted, and the measurement timed the compilers), and no backlog is left.
     */
    void warmUp(int writes) {
        Map<String, long[]> sent = new ConcurrentHashMap<>();
        send(writes, options.writeRate(), sent);
        fromDatabases(List.copyOf(sent.keySet()));
    }

    Figures measure() {
        Map<String, Long> onBroker = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = startReader(onBroker, stop);
        try {
            Map<String, long[]> sent = new ConcurrentHashMap<>();
            long started = System.nanoTime();
            int failed = send(options.writes(), options.writeRate(), sent);
            double seconds = (System.nanoTime() - started) / 1e9;
            awaitAll(() -> onBroker.keySet().containsAll(sent.keySet()), Duration.ofSeconds(60), "events on the broker");

            List<Double> http = new ArrayList<>();
            List<Double> toBroker = new ArrayList<>();
            sent.forEach((id, times) -> {
                http.add((times[1] - times[0]) / 1e6);
                toBroker.add(Math.max(0, onBroker.get(id) - times[1]) / 1e6);
            });
            List<List<Double>> database = fromDatabases(List.copyOf(sent.keySet()));
            return new Figures(sent.size(), sent.size() / seconds, Percentiles.p(http, 50), Percentiles.p(http, 99),
                    Percentiles.p(toBroker, 50), Percentiles.p(toBroker, 99), Percentiles.p(database.get(0), 50),
                    Percentiles.p(database.get(0), 99), Percentiles.p(database.get(1), 50), Percentiles.p(database.get(1), 99), failed);
        } finally {
            stop.set(true);
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends {@code count} creates at {@code perSecond}, at most {@link #IN_FLIGHT} at once; returns how many failed. */
    private int send(int count, int perSecond, Map<String, long[]> sent) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long next = System.nanoTime();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // pacing the fixed rate, not waiting for a result
            }
            next += interval;
            slots.acquireUninterruptibly();
            String body = "{\"name\":\"Bench " + run + " " + i + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY.url() + "/api/v1/departments"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sentAt = System.nanoTime();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                long answeredAt = System.nanoTime();
                slots.release();
                if (error != null || response.statusCode() != 201) {
                    return false;
                }
                try {
                    sent.put(JSON.readTree(response.body()).get("id").asText(), new long[] {sentAt, answeredAt});
                    return true;
                } catch (Exception e) {
                    return false;
                }
            }));
        }
        return (int) answers.stream().map(CompletableFuture::join).filter(ok -> !ok).count();
    }

    private Thread startReader(Map<String, Long> onBroker, AtomicBoolean stop) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the first write
        Thread reader = new Thread(() -> {
            try (consumer) {
                while (!stop.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        onBroker.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        }, "bench-kafka-reader");
        reader.start();
        return reader;
    }

    /**
     * From the outbox row (written in the creating transaction) to its publication, and to the
     * moment scheduling-service recorded the event as processed, in the same transaction as its effect.
     * Both clocks are this machine's: the apps run here.
     */
    private List<List<Double>> fromDatabases(List<String> departmentIds) {
        String outbox = "select event_id::text, occurred_at, published_at from outbox_event"
                + " where topic = ? and aggregate_id = any(?) and published_at is not null";
        String applied = "select event_id, processed_at from processed_event where event_id = any(?)";
        try (Connection staff = connect("bureau_staff"); Connection scheduling = connect("bureau_scheduling")) {
            Map<String, OffsetDateTime[]> published = new HashMap<>();
            awaitAll(() -> {
                published.clear();
                query(staff, outbox, List.of(TOPIC, departmentIds), row -> published.put(row.getString(1),
                        new OffsetDateTime[] {row.getObject(2, OffsetDateTime.class), row.getObject(3, OffsetDateTime.class)}));
                return published.size() >= departmentIds.size();
            }, Duration.ofSeconds(60), "outbox rows published");
            Map<String, OffsetDateTime> processed = new HashMap<>();
            awaitAll(() -> {
                processed.clear();
                query(scheduling, applied, List.of(List.copyOf(published.keySet())),
                        row -> processed.put(row.getString(1), row.getObject(2, OffsetDateTime.class)));
                return processed.size() >= published.size();
            }, Duration.ofSeconds(60), "events applied by scheduling-service");
            List<Double> toPublish = new ArrayList<>();
            List<Double> toApplied = new ArrayList<>();
            published.forEach((eventId, times) -> {
                toPublish.add(Duration.between(times[0], times[1]).toNanos() / 1e6);
                toApplied.add(Duration.between(times[0], processed.get(eventId)).toNanos() / 1e6);
            });
            return List.of(toPublish, toApplied);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox and processed events", e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(options.jdbcUrl(database), options.pgUser(), options.pgPassword());
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a query whose parameters are strings or lists of strings (bound as text arrays). */
    private static void query(Connection connection, String sql, List<Object> parameters, RowReader reader) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof List<?> list) {
                    query.setArray(i + 1, connection.createArrayOf("text", list.toArray()));
                } else {
                    query.setString(i + 1, (String) parameters.get(i));
                }
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAll(java.util.function.BooleanSupplier done, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all " + what + " within " + limit);
            }
            Stack.pause(100);
        }
    }
}
