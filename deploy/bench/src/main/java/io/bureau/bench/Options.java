package io.bureau.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the stack benchmark; every one has a default that reproduces README's figures. */
record Options(Path root, int rounds, Duration duration, int writes, int writeRate, boolean outbox,
        Duration startTimeout, Jvm jvm, String pgHost, int pgPort, String pgUser, String pgPassword, String kafka) {

    static final String USAGE = """
            Usage: deploy/bench/run [options]
              --rounds=N          alternating rounds of the read measurements (default 3)
              --duration=SECONDS  length of each wrk and pgbench run (default 20)
              --writes=N          creates sent through the gateway for the write-to-event figures (default 500)
              --rate=N            their rate per second (default 100)
              --skip-outbox       leave out the chassis outbox benchmark (it rebuilds platform/chassis)
              --start-timeout=S   how long the stack may take to become ready when the benchmark starts it (default 300)
              --jvm=production    the JVM options the apps get when the benchmark starts the stack: production (default,
                                  those of deploy/k8s at a 512 MiB limit, C2 compiler on, and its pool sizes) or local
                                  (deploy/run's defaults, C1 only); BUREAU_JAVA_OPTS, when set, wins over both
            PostgreSQL and Kafka default to the local run's (localhost:5433 postgres/postgres, localhost:9092);
            BUREAU_PG_HOST, BUREAU_PG_PORT, BUREAU_PG_USER, BUREAU_PG_PASSWORD and KAFKA_BOOTSTRAP override them.
            """;

    static Options parse(String[] args) {
        int rounds = 3;
        int seconds = 20;
        int writes = 500;
        int rate = 100;
        boolean outbox = true;
        int startTimeout = 300;
        Jvm jvm = Jvm.PRODUCTION;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--rounds" -> rounds = positive(arg, value);
                case "--duration" -> seconds = positive(arg, value);
                case "--writes" -> writes = positive(arg, value);
                case "--rate" -> rate = positive(arg, value);
                case "--skip-outbox" -> outbox = false;
                case "--start-timeout" -> startTimeout = positive(arg, value);
                case "--jvm" -> jvm = Jvm.named(arg, value);
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new Options(Path.of("").toAbsolutePath(), rounds, Duration.ofSeconds(seconds), writes, rate, outbox,
                Duration.ofSeconds(startTimeout), jvm,
                env("BUREAU_PG_HOST", "localhost"), Integer.parseInt(env("BUREAU_PG_PORT", "5433")),
                env("BUREAU_PG_USER", "postgres"), env("BUREAU_PG_PASSWORD", "postgres"),
                env("KAFKA_BOOTSTRAP", "localhost:9092"));
    }

    /** JVM options for the apps of a stack the benchmark starts. */
    enum Jvm {
        /**
         * What deploy/k8s gives each app at its 512 MiB limit (base/platform/common.yaml: the serial
         * collector, MaxRAMPercentage=50 of 512 MiB, InitialRAMPercentage=5, the same ceilings), so the
         * figures are those production would see; the C2 compiler is on, as it is there.
         */
        PRODUCTION("-XX:+UseSerialGC -Xms26m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k "
                + "-XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"),
        /** deploy/run's defaults (deploy/local-run's JvmOptions): C1 only, a small heap. */
        LOCAL(null);

        private final String options;

        Jvm(String options) {
            this.options = options;
        }

        /** The value for BUREAU_JAVA_OPTS, or null to leave deploy/run's defaults. */
        String options() {
            return options;
        }

        static Jvm named(String arg, String value) {
            for (Jvm jvm : values()) {
                if (jvm.name().equalsIgnoreCase(value)) {
                    return jvm;
                }
            }
            throw new IllegalArgumentException(arg + ": production or local");
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    private static int positive(String arg, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(arg + ": a positive whole number is needed");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
