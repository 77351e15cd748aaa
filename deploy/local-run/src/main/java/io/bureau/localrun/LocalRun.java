package io.bureau.localrun;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import io.bureau.infra.FreePorts;
import io.bureau.infra.KafkaBroker;
import io.bureau.infra.PostgresServer;

/**
 * Runs the whole system on this machine: PostgreSQL (configured or embedded), a Kafka broker
 * (configured or started here), the four services and the gateway on fixed ports, with data in
 * {@code .bureau/} at the repository root. Ctrl-C stops everything it started.
 */
public final class LocalRun {

    static final int POSTGRES_PORT = 5433;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    /** More than one, so code that wrongly relies on one partition's total order fails here too. */
    static final int KAFKA_PARTITIONS = 3;
    static final String KAFKA_BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP";
    /** Staff-service's switch for the demo office: departments, a skills catalogue and the demo people. */
    static final String DEMO_OFFICE_ENV = "BUREAU_STAFF_DEMO_OFFICE";
    private static final int LOG_TAIL_LINES = 30;

    private final Options options;
    private final Workspace workspace;
    private final PrintStream out = System.out;
    private final Progress progress = new Progress(out);
    private final Children children = new Children();
    private final Optional<PostgresServer> configuredPostgres = PostgresServer.configured();
    private final String configuredKafka = blankToNull(System.getenv(KAFKA_BOOTSTRAP_ENV));

    private volatile boolean stopping;
    private volatile PostgresServer postgres;
    private volatile KafkaBroker broker;
    /** The services whose database this run created: new, so staff-service may get the demo office. */
    private final Set<App> newDatabases = new HashSet<>();
    /** Open for the launcher's lifetime: the operating system releases the lock however it ends. */
    private FileChannel lock;

    private LocalRun(Options options, Workspace workspace) {
        this.options = options;
        this.workspace = workspace;
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        LocalRun run = new LocalRun(options, Workspace.ofLauncherJar());
        // Ctrl-C, kill and a closed terminal all end in this hook, which stops everything in order:
        // the embedded PostgreSQL is started without a hook of its own, so it stops last.
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "bureau-local-run-stop"));
        try {
            run.start();
        } catch (RuntimeException | Error e) {
            if (!run.stopping) {
                run.reportFailure(e);
                run.stop(); // before exiting, for the same reason as on Ctrl-C
                System.exit(1);
            }
            return;
        }
        run.watchUntilStopped();
    }

    private void start() {
        long since = System.nanoTime();
        // Minted first: a launcher that cannot sign tokens should fail before starting anything.
        List<DemoUsers.DemoUser> users = DemoUsers.mint();
        Instant validUntil = Instant.now().plus(DemoUsers.VALIDITY);
        requireBuilt();
        takeLock();
        if (configuredPostgres.isEmpty()) {
            StalePostgres.stopIfRunning(workspace.postgresData(), progress);
        }
        requirePortsFree();
        if (options.clean()) {
            wipeLocalData();
        }
        startInfrastructure();
        createDatabases();
        startApps();
        DemoUsers.writeEnvFile(workspace.tokensFile(), users, validUntil);
        printSummary(Progress.secondsSince(since), users, validUntil);
    }

    private void requireBuilt() {
        List<Path> missing = Stream.concat(App.ALL.stream().map(workspace::runnableJar), Stream.of(workspace.watchdogAgent()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new StartFailure("Not built yet: " + missing.stream().map(workspace::show).toList()
                    + "\nRun deploy/run without --no-build (or ./mvnw -B package -DskipTests) first.", null);
        }
    }

    /** One local run per checkout: a second one would share the data folder and the ports. */
    private void takeLock() {
        try {
            Files.createDirectories(workspace.home());
            lock = FileChannel.open(workspace.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock held = lock.tryLock();
            if (held == null) {
                String owner = Files.readString(workspace.lockFile(), StandardCharsets.UTF_8).trim();
                throw new StartFailure("Another local run is already using " + workspace.show(workspace.home())
                        + " (launcher pid " + owner + "). Stop it with Ctrl-C in its terminal first.", null);
            }
            lock.truncate(0);
            lock.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requirePortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        App.ALL.forEach(app -> {
            ports.put(app.port(), app.module());
            ports.put(app.managementPort(), app.module() + " health and metrics");
        });
        if (configuredPostgres.isEmpty()) {
            ports.put(POSTGRES_PORT, "embedded PostgreSQL");
        }
        if (configuredKafka == null) {
            ports.put(KAFKA_PORT, "Kafka broker");
            ports.put(KAFKA_CONTROLLER_PORT, "Kafka controller");
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((port, owner) -> {
            if (!FreePorts.isFree(port)) {
                busy.add("Port " + port + " (" + owner + ") is already in use. See what holds it with: "
                        + "ss -ltnp 'sport = :" + port + "'  or  lsof -nP -iTCP:" + port + " -sTCP:LISTEN"
                        + (port == POSTGRES_PORT ? "\n  ...or use your own server: set BUREAU_PG_URL (+ BUREAU_PG_USER, BUREAU_PG_PASSWORD)" : "")
                        + (port == KAFKA_PORT || port == KAFKA_CONTROLLER_PORT ? "\n  ...or use a running broker: set KAFKA_BOOTSTRAP=host:port" : ""));
            }
        });
        if (!busy.isEmpty()) {
            throw new StartFailure(String.join("\n", busy) + "\nFree the port(s), then start again.", null);
        }
    }

    /** Wipes what this run keeps in .bureau/data; a configured server's databases go in createDatabases. */
    private void wipeLocalData() {
        if (configuredPostgres.isEmpty()) {
            progress.line("postgres", "--clean: wiping " + workspace.show(workspace.postgresData()));
            deleteTree(workspace.postgresData());
        }
        if (configuredKafka == null) {
            progress.line("kafka", "--clean: wiping " + workspace.show(workspace.kafkaData()));
            deleteTree(workspace.kafkaData());
        } else {
            progress.line("kafka", "--clean leaves the topics of the broker at " + configuredKafka + " as they are");
        }
    }

    /** PostgreSQL and Kafka do not depend on each other: both start at once. */
    private void startInfrastructure() {
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> db = CompletableFuture.runAsync(this::startPostgres, starter);
            CompletableFuture<Void> kafka = CompletableFuture.runAsync(this::startKafka, starter);
            CompletableFuture.allOf(db, kafka).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            starter.shutdown();
        }
    }

    private void startPostgres() {
        if (configuredPostgres.isPresent()) {
            postgres = configuredPostgres.get();
            progress.line("postgres", "using " + postgres.description() + " (BUREAU_PG_URL)");
            return;
        }
        long since = System.nanoTime();
        Path log = workspace.log("postgres");
        Logs.truncate(log);
        progress.line("postgres", "starting on port " + POSTGRES_PORT + ", data in " + workspace.show(workspace.postgresData()));
        try {
            postgres = PostgresServer.embedded(workspace.postgresData(), POSTGRES_PORT, false, log, false);
        } catch (RuntimeException e) {
            throw new StartFailure("PostgreSQL did not start: " + e.getMessage(), log);
        }
        progress.done("postgres", "up", since);
    }

    private void startKafka() {
        if (configuredKafka != null) {
            progress.line("kafka", "using the broker at " + configuredKafka + " (" + KAFKA_BOOTSTRAP_ENV + ")");
            return;
        }
        long since = System.nanoTime();
        Path log = workspace.log("kafka");
        Logs.truncate(log);
        progress.line("kafka", "starting on port " + KAFKA_PORT + ", data in " + workspace.show(workspace.kafkaData()));
        try {
            broker = KafkaBroker.start(workspace.kafkaData(), KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_PARTITIONS, log);
        } catch (RuntimeException e) {
            throw new StartFailure("The Kafka broker did not start: " + e.getMessage(), log);
        }
        progress.done("kafka", "up", since);
    }

    private String kafkaBootstrap() {
        return configuredKafka != null ? configuredKafka : broker.bootstrapServers();
    }

    private void createDatabases() {
        for (App service : App.services()) {
            if (options.clean() && configuredPostgres.isPresent()) {
                progress.line("postgres", "--clean: dropping database " + service.database());
                postgres.dropDatabase(service.database());
            }
            if (!postgres.hasDatabase(service.database())) {
                postgres.createDatabaseIfMissing(service.database());
                newDatabases.add(service);
            }
        }
        progress.line("postgres", "databases ready: " + App.services().stream().map(App::database).toList());
    }

    /**
     * Starts the five apps at once (each waits for nothing but its own database and the broker)
     * and polls their health until all are up.
     */
    private void startApps() {
        Map<App, Process> pending = new LinkedHashMap<>();
        Map<App, Long> startedAt = new HashMap<>();
        for (App app : App.ALL) {
            Path log = workspace.log(app.module());
            Logs.truncate(log);
            progress.line(app.module(), "starting on port " + app.port() + " (health and metrics on " + app.managementPort() + ")");
            if (seedsDemoOffice(app)) {
                progress.line(app.module(), "new database: adding the demo office (demo data; deploy/run --clean --no-demo starts empty)");
            }
            startedAt.put(app, System.nanoTime());
            pending.put(app, children.start(app.module(), command(app), environment(app), workspace.moduleDir(app), log));
        }
        Health health = new Health();
        long timeoutNanos = options.startTimeout().toNanos();
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                App app = entry.getKey();
                Process process = entry.getValue();
                if (health.isUp(app.managementPort())) {
                    progress.done(app.module(), "up", startedAt.get(app));
                    it.remove();
                } else if (!process.isAlive()) {
                    throw new StartFailure(app.module() + " exited with code " + process.exitValue() + " before it was up.",
                            workspace.log(app.module()));
                } else if (System.nanoTime() - startedAt.get(app) > timeoutNanos) {
                    throw new StartFailure(app.module() + " was not healthy after " + options.startTimeout().toSeconds()
                            + " s (see --timeout).", workspace.log(app.module()));
                }
            }
            sleep(250);
        }
    }

    private List<String> command(App app) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-javaagent:" + workspace.watchdogAgent());
        command.addAll(JvmOptions.forApps(System.getenv(JvmOptions.ENV)));
        command.add("-jar");
        command.add(workspace.runnableJar(app).toString());
        return command;
    }

    private Map<String, String> environment(App app) {
        Map<String, String> env = new HashMap<>();
        // glibc's default of 8 arenas per core is most of a small JVM's native memory; two suffice.
        env.put("MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
        // The local profile trusts the development token key.
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(app.port()));
        // Loopback only: anyone who can reach these ports can mint tokens with the public dev key.
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(app.managementPort()));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        if (seedsDemoOffice(app)) {
            env.put(DEMO_OFFICE_ENV, "true");
        }
        if (app.isService()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(app.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        } else {
            App.services().forEach(service ->
                    env.put("BUREAU_GATEWAY_" + service.key().toUpperCase(Locale.ROOT) + "_URL", service.loopbackUrl()));
            // The gateway signs the tokens of its token endpoint and demo login with the development key.
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", DemoUsers.writeSigningKey(workspace.home()).toString());
        }
        return env;
    }

    /** Staff-service adds the demo people of the demo tokens to a database this run created, unless --no-demo. */
    private boolean seedsDemoOffice(App app) {
        return app.key().equals("staff") && options.demo() && newDatabases.contains(app);
    }

    private void printSummary(double seconds, List<DemoUsers.DemoUser> users, Instant validUntil) {
        App gateway = App.ALL.stream().filter(app -> !app.isService()).findFirst().orElseThrow();
        out.printf(Locale.ROOT, "%nBureau is up in %.1f s. Ctrl-C stops everything.%n%n", seconds);
        row("Gateway", gateway.localUrl());
        row("Swagger UI", gateway.localUrl() + "/swagger-ui");
        row("OpenAPI", gateway.localUrl() + "/openapi  (the merged front-end contract, YAML; /openapi.json for JSON)");
        App.services().forEach(service -> row(service.module(), service.localUrl() + "   (/q/openapi)"));
        row("Health, metrics", "http://localhost:<port + 1000>/q/health, /q/metrics  (e.g. http://localhost:"
                + gateway.managementPort() + "/q/health for the gateway)");
        row("PostgreSQL", postgres.description() + ", user " + postgres.username() + ", databases "
                + String.join(", ", App.services().stream().map(App::database).toList()));
        row("Kafka", kafkaBootstrap());
        row("Data", (configuredPostgres.isPresent() ? "the databases above" : workspace.show(workspace.postgresData()))
                + ", " + (configuredKafka != null ? "the broker's topics" : workspace.show(workspace.kafkaData()))
                + "  (kept across restarts; deploy/run --clean starts empty)");
        row("Logs", workspace.show(workspace.logs()) + "/<component>.log");
        out.printf("%nDemo tokens, valid %d h (until %s), also in %s (load them with: . %s):%n",
                DemoUsers.VALIDITY.toHours(), validUntil.truncatedTo(ChronoUnit.SECONDS),
                workspace.show(workspace.tokensFile()), workspace.show(workspace.tokensFile()));
        for (DemoUsers.DemoUser user : users) {
            out.printf("%n  %s%n    %s%n    %s%n", user.description(), user.exportLine(), user.curl(gateway.localUrl()));
        }
        out.printf("%n  HR integration client %s, secret %s (client credentials, tokens valid %d min):%n    %s%n",
                DemoUsers.HR_CLIENT_ID, DemoUsers.HR_CLIENT_SECRET, 15, DemoUsers.clientCredentialsCurl(gateway.localUrl()));
        out.printf("%n  Demo login (local only): %s%n", DemoUsers.demoLoginCurl(gateway.localUrl()));
        out.printf("%nThe services take the same tokens directly, e.g. %s%n%n", users.get(0).curl(App.services().get(0).localUrl()));
        out.flush();
    }

    private void row(String label, String value) {
        out.printf("  %-20s %s%n", label, value);
    }

    /** Blocks until Ctrl-C; reports an app that dies meanwhile, so a broken system is not silent. */
    private void watchUntilStopped() throws InterruptedException {
        // Never counted down: the signal handler ends the JVM.
        CountDownLatch forever = new CountDownLatch(1);
        children.onExit((name, code) -> {
            if (!stopping) {
                progress.line(name, "exited unexpectedly with code " + code + "; see "
                        + workspace.show(workspace.log(name)) + ". The rest keeps running; Ctrl-C stops it.");
            }
        });
        forever.await();
    }

    /**
     * Stops apps last-started first, then Kafka, then PostgreSQL. Runs once; a second caller
     * (another Ctrl-C, the shutdown hook) waits until the first has finished.
     */
    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (!children.any() && broker == null && (postgres == null || configuredPostgres.isPresent())) {
            return; // failed before starting anything
        }
        out.println();
        progress.line("local run", "stopping everything it started");
        children.stopAll(progress);
        KafkaBroker kafka = broker;
        if (kafka != null) {
            long since = System.nanoTime();
            progress.line("kafka", "stopping");
            kafka.stop();
            progress.done("kafka", "stopped", since);
        }
        PostgresServer db = postgres;
        if (db != null && configuredPostgres.isEmpty()) {
            long since = System.nanoTime();
            progress.line("postgres", "stopping");
            db.close();
            progress.done("postgres", "stopped", since);
        }
        progress.line("local run", "stopped; the data stays for the next run");
    }

    private void reportFailure(Throwable e) {
        System.err.println();
        System.err.println("Start-up failed: " + e.getMessage());
        if (!(e instanceof StartFailure failure)) {
            e.printStackTrace(); // unexpected: the stack trace is the best explanation there is
        } else if (failure.log() != null) {
            List<String> tail = Logs.tail(failure.log(), LOG_TAIL_LINES);
            if (tail.isEmpty()) {
                System.err.println(workspace.show(failure.log()) + " is empty.");
            } else {
                System.err.println("Last " + tail.size() + " lines of " + workspace.show(failure.log()) + ":");
                tail.forEach(line -> System.err.println("  | " + line));
            }
            System.err.println("If the local data no longer fits the code (a failed database migration, say), "
                    + "deploy/run --clean starts from empty data.");
        }
        System.err.flush();
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A start-up failure with the log that explains it, if there is one. */
    static final class StartFailure extends RuntimeException {

        private final transient Path log;

        StartFailure(String message, Path log) {
            super(message);
            this.log = log;
        }

        Path log() {
            return log;
        }
    }
}
