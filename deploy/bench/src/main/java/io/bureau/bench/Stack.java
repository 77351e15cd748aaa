package io.bureau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The running system: the one README's {@code deploy/run} starts. The benchmark uses a stack that is
 * already up, or starts one itself (from empty data) and stops it at the end.
 */
final class Stack implements AutoCloseable {

    record App(String module, int port) {

        int managementPort() {
            return port + 1000;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final App GATEWAY = new App("api-gateway", 8080);
    static final App STAFF = new App("staff-service", 8081);
    static final List<App> APPS = List.of(GATEWAY, STAFF, new App("scheduling-service", 8082),
            new App("reviews-service", 8083), new App("procurement-service", 8084));

    static final Map<String, String> UNLIMITED = Map.of(
            "BUREAU_GATEWAY_RATE_LIMITS_READS_PER_SECOND", "1000000", "BUREAU_GATEWAY_RATE_LIMITS_READS_BURST", "1000000",
            "BUREAU_GATEWAY_RATE_LIMITS_WRITES_PER_SECOND", "1000000", "BUREAU_GATEWAY_RATE_LIMITS_WRITES_BURST", "1000000");

    private static final Pattern STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");
    private static final Pattern EXPORT = Pattern.compile("^export (\\w+)='([^']*)'$");

    private final Path root;
    private final Process launcher;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack(Path root, Process launcher) {
        this.root = root;
        this.launcher = launcher;
    }

    static Stack attachOrStart(Options options) {
        Stack probe = new Stack(options.root(), null);
        if (APPS.stream().allMatch(probe::ready)) {
            System.out.println("Using the stack that is already running. Its gateway rate limits apply: start it with "
                    + String.join(" ", UNLIMITED.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList())
                    + " in the environment, or answers 429 count as bad answers and void the figures.");
            return probe;
        }
        if (APPS.stream().anyMatch(probe::ready)) {
            throw new IllegalStateException("Part of a stack answers but not all of it: stop it, or wait until it is ready.");
        }
        System.out.println("Starting the stack (deploy/run --clean --no-build, log in .bureau/bench-run.log)...");
        try {
            Path log = options.root().resolve(".bureau/bench-run.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(options.root().resolve("deploy/run").toString(), "--clean", "--no-build",
                    "--timeout=" + options.startTimeout().toSeconds())
                    .directory(options.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            // One token sends all the load: the gateway's per-caller limits would answer 429 to most of it.
            // The buckets are still checked on every request, so their cost is measured; they just never refuse.
            builder.environment().putAll(UNLIMITED);
            String javaOptions = System.getenv("BUREAU_JAVA_OPTS");
            if ((javaOptions == null || javaOptions.isBlank()) && options.jvm().options() != null) {
                builder.environment().put("BUREAU_JAVA_OPTS", options.jvm().options());
            }
            if (options.jvm() == Options.Jvm.PRODUCTION) {
                // The pools deploy/k8s sizes for a container (base/platform/common.yaml).
                builder.environment().put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "12");
                builder.environment().put("QUARKUS_THREAD_POOL_MAX_THREADS", "64");
            }
            Process launcher = builder.start();
            Stack stack = new Stack(options.root(), launcher);
            stack.awaitReady(options.startTimeout());
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(APPS.stream().allMatch(this::ready) && Files.isRegularFile(tokensFile()))) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("deploy/run ended before the stack was ready: see .bureau/bench-run.log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stack was not ready within " + timeout + ": see .bureau/bench-run.log");
            }
            pause(500);
        }
    }

    boolean ready(App app) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.managementPort() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The demo tokens deploy/run wrote, by variable name (BUREAU_ADMIN_TOKEN, ...). */
    Map<String, String> tokens() {
        try {
            Map<String, String> tokens = new HashMap<>();
            for (String line : Files.readAllLines(tokensFile(), StandardCharsets.UTF_8)) {
                Matcher matcher = EXPORT.matcher(line.trim());
                if (matcher.matches()) {
                    tokens.put(matcher.group(1), matcher.group(2));
                }
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("no demo tokens in " + tokensFile() + ": was the stack started by deploy/run?", e);
        }
    }

    private Path tokensFile() {
        return root.resolve(".bureau/tokens.env");
    }

    /** Resident memory of an app's JVM, from /proc; empty when its process is not on this machine. */
    OptionalLong residentKib(App app) {
        OptionalLong pid = pid(app);
        if (pid.isEmpty()) {
            return OptionalLong.empty();
        }
        return read(Path.of("/proc", Long.toString(pid.getAsLong()), "status")).lines().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst();
    }

    /** The -X options an app's JVM was started with, as its command line shows them. */
    String jvmOptions(App app) {
        OptionalLong pid = pid(app);
        if (pid.isEmpty()) {
            return "";
        }
        return String.join(" ", java.util.Arrays.stream(read(Path.of("/proc", Long.toString(pid.getAsLong()), "cmdline")).split("\0"))
                .filter(option -> option.startsWith("-X")).toList());
    }

    /** The process id of an app's JVM, found by its jar on /proc; empty when it does not run on this machine. */
    OptionalLong pid(App app) {
        String jar = "/" + app.module() + "/target/quarkus-app/quarkus-run.jar";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                if (read(process.resolve("cmdline")).replace('\0', ' ').contains(jar)) {
                    return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Start-up time as Quarkus reports it in the app's log ("started in 6.575s"), from the latest run. */
    OptionalDouble startSeconds(App app) {
        Path log = root.resolve(".bureau/logs/" + app.module() + ".log");
        String content = read(log);
        Matcher matcher = STARTED.matcher(content);
        OptionalDouble last = OptionalDouble.empty();
        while (matcher.find()) {
            last = OptionalDouble.of(Double.parseDouble(matcher.group(1)));
        }
        return last;
    }

    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        System.out.println("Stopping the stack the benchmark started...");
        launcher.destroy();
        try {
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
