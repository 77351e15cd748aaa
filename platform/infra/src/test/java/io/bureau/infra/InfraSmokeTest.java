package io.bureau.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real servers start, serve, stop and come back with their data. */
class InfraSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void embeddedPostgresServesACreatedDatabase() throws Exception {
        try (PostgresServer pg = PostgresServer.embedded(tmp.resolve("pg"), 0, true, tmp.resolve("pg.log"))) {
            assertFalse(pg.hasDatabase("bureau_smoke"));
            pg.createDatabaseIfMissing("bureau_smoke");
            pg.createDatabaseIfMissing("bureau_smoke");
            assertTrue(pg.hasDatabase("bureau_smoke"));
            try (var c = DriverManager.getConnection(pg.jdbcUrl("bureau_smoke"), pg.username(), pg.password());
                 ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
                assertTrue(rs.next());
                assertEquals("bureau_smoke", rs.getString(1));
            }
        }
    }

    @Test
    void embeddedPostgresStopsWhenItsJvmIsKilled() throws Exception {
        Path dataDir = tmp.resolve("orphan-pg");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresOwner.class.getName(), dataDir.toString(), tmp.resolve("orphan-pg.log").toString())
                .redirectErrorStream(true)
                .start();
        try {
            String line;
            var out = new BufferedReader(new InputStreamReader(owner.getInputStream()));
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("postmaster "));
            assertTrue(line != null, "the owner JVM did not start PostgreSQL");
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(line.substring("postmaster ".length()))).orElseThrow();
            try {
                long since = System.nanoTime();
                owner.destroyForcibly(); // kill -9: no shutdown hook runs
                postmaster.onExit().get(20, TimeUnit.SECONDS);
                System.out.printf("PostgreSQL stopped %.1f s after its JVM was killed%n", (System.nanoTime() - since) / 1e9);
                assertFalse(Files.exists(dataDir.resolve("postmaster.pid")), "stopped cleanly, so it removed its pid file");
            } finally {
                postmaster.destroy(); // only if this test failed: no server outlives it
            }
        } finally {
            owner.destroyForcibly();
        }
    }

    /** A JVM that starts an embedded PostgreSQL, says which process serves it, and waits to be killed. */
    public static final class PostgresOwner {
        public static void main(String[] args) throws Exception {
            PostgresServer.embedded(Path.of(args[0]), 0, true, Path.of(args[1]));
            System.out.println("postmaster " + Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0).trim());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void kafkaBrokerKeepsRecordsAcrossARestart() throws Exception {
        Path log = tmp.resolve("kafka.log");
        try (KafkaBroker broker = KafkaBroker.start(tmp.resolve("kafka"), 0, 0, 1, log)) {
            Map<String, Object> producerConfig = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all");
            try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("smoke", "k", "before restart")).get(30, TimeUnit.SECONDS);
            }
            broker.stop();
            broker.start();
            Map<String, Object> consumerConfig = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "smoke",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("smoke"));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                String value = null;
                while (value == null && System.nanoTime() < deadline) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        value = record.value();
                    }
                }
                assertEquals("before restart", value, () -> tail(log));
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (Exception e) {
            return "no broker log";
        }
    }
}
