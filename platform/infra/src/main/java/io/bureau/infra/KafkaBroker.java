package io.bureau.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A genuine Apache Kafka broker (KRaft, combined broker and controller, one node) running in its
 * own JVM from the jars the {@code bureau-kafka-broker} module resolved. Its own JVM keeps the
 * broker's Scala and Jackson away from the application's class path, and lets a test stop and
 * restart the broker like a real outage.
 *
 * <p>The broker watches its standard input: when the process that started it dies, the pipe
 * closes and the broker shuts down, so no broker outlives its test run or local run.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASS_PATH_RESOURCE = "/io/bureau/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path logFile;
    private Process process;

    private KafkaBroker(Path dataDir, int port, int controllerPort, int partitions, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.logFile = logFile;
    }

    /**
     * Starts a broker whose data lives in {@code dataDir} (kept across restarts; formatted on first
     * use) and listens on 127.0.0.1:{@code port}; port 0 picks free ports.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, int partitions, Path logFile) {
        int brokerPort = port == 0 ? FreePorts.find() : port;
        int ctrlPort = controllerPort == 0 ? FreePorts.find() : controllerPort;
        KafkaBroker broker = new KafkaBroker(dataDir, brokerPort, ctrlPort, partitions, logFile);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker (again) on the same ports and data, and waits until it answers. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Path config = writeServerProperties();
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                format(config);
            }
            ProcessBuilder broker = javaProcess(List.of(BrokerProcessMain.class.getName(), "kafka.Kafka", config.toString()));
            process = broker.command(OwnSession.command(broker.command()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker failed to start; see " + logFile, e);
        }
    }

    /** Stops the broker as an outage would, waiting for the process to end. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeServerProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        p.setProperty("num.partitions", Integer.toString(partitions));
        p.setProperty("auto.create.topics.enable", "true");
        // One broker: every internal topic must accept a single replica, or consumers never join.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Written by io.bureau.infra.KafkaBroker");
        }
        return file;
    }

    private void format(Path config) throws IOException {
        // Kafka's own ids never start with '-', which the storage tool would read as an option.
        String clusterId = Uuid.randomUuid().toString();
        Process formatter = javaProcess(List.of("kafka.tools.StorageTool", "format",
                "-t", clusterId, "-c", config.toString(), "--ignore-formatted")).start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private ProcessBuilder javaProcess(List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.BrokerServer=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", brokerClassPath()));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + logFile);
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(200);
                }
            }
        }
        stop();
        throw new IllegalStateException("Kafka broker did not answer within " + START_TIMEOUT + "; see " + logFile);
    }

    private static String brokerClassPath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASS_PATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASS_PATH_RESOURCE + " is missing: build platform/kafka-broker first");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            // BrokerProcessMain lives in this module's own jar (or classes folder).
            String self = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return self + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
