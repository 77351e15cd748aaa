package io.bureau.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.bureau.infra.KafkaBroker;
import io.bureau.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real servers a service's tests need, in parallel: PostgreSQL with a fresh database
 * (init arg {@code database}) and a Kafka broker. A configured server is used instead of an
 * embedded one when the environment names it:
 * <ul>
 *   <li>{@code QUARKUS_DATASOURCE_JDBC_URL}: that database, as it is;</li>
 *   <li>{@code BUREAU_PG_URL} (+ {@code BUREAU_PG_USER}, {@code BUREAU_PG_PASSWORD}): that server,
 *       with a new database for this run, dropped afterwards;</li>
 *   <li>{@code KAFKA_BOOTSTRAP}: that broker.</li>
 * </ul>
 * Use it on one test class per module with {@code restrictToAnnotatedClass = false}.
 */
public class BureauTestServers implements QuarkusTestResourceLifecycleManager {

    private String database;
    private Path workDir;
    private PostgresServer postgres;
    private String createdDatabase;
    private KafkaBroker broker;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "bureau_test");
    }

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("bureau-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<Map<String, String>> db = CompletableFuture.supplyAsync(this::startPostgres);
        CompletableFuture<Map<String, String>> kafka = CompletableFuture.supplyAsync(this::startKafka);
        Map<String, String> config = new HashMap<>(db.join());
        config.putAll(kafka.join());
        return config;
    }

    private Map<String, String> startPostgres() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        Optional<PostgresServer> configured = PostgresServer.configured();
        postgres = configured.orElseGet(() ->
                PostgresServer.embedded(workDir.resolve("postgres"), 0, true, workDir.resolve("postgres.log")));
        // A configured server is shared: this run gets a database of its own.
        createdDatabase = configured.isPresent()
                ? database + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                : database;
        postgres.createDatabaseIfMissing(createdDatabase);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(createdDatabase),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    private Map<String, String> startKafka() {
        String configured = System.getenv("KAFKA_BOOTSTRAP");
        if (configured != null && !configured.isBlank()) {
            return Map.of("kafka.bootstrap.servers", configured);
        }
        broker = KafkaBroker.start(workDir.resolve("kafka"), 0, 0, 1, workDir.resolve("kafka.log"));
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBroker.class));
        if (postgres != null && PostgresServer.configured().isEmpty()) {
            testInjector.injectIntoFields(new DatabaseOutage(workDir.resolve("postgres")),
                    new TestInjector.AnnotatedAndMatchesType(InjectDatabaseOutage.class, DatabaseOutage.class));
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            if (createdDatabase != null && PostgresServer.configured().isPresent()) {
                postgres.dropDatabase(createdDatabase);
            }
            postgres.close();
        }
    }
}
