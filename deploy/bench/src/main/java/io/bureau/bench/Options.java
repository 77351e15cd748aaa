package io.bureau.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the stack benchmark; every one has a default that reproduces README's figures. */
record Options(Path root, int rounds, Duration duration, int writes, int writeRate, boolean outbox,
        Duration startTimeout, String pgHost, int pgPort, String pgUser, String pgPassword, String kafka) {

    static final String USAGE = """
            Usage: deploy/bench/run [options]
              --rounds=N          alternating rounds of the read measurements (default 3)
              --duration=SECONDS  length of each wrk and pgbench run (default 20)
              --writes=N          creates sent through the gateway for the write-to-event figures (default 500)
              --rate=N            their rate per second (default 100)
              --skip-outbox       leave out the chassis outbox benchmark (it rebuilds platform/chassis)
              --start-timeout=S   how long the stack may take to become ready when the benchmark starts it (default 300)
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
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--rounds" -> rounds = positive(arg, value);
                case "--duration" -> seconds = positive(arg, value);
                case "--writes" -> writes = positive(arg, value);
                case "--rate" -> rate = positive(arg, value);
                case "--skip-outbox" -> outbox = false;
                case "--start-timeout" -> startTimeout = positive(arg, value);
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new Options(Path.of("").toAbsolutePath(), rounds, Duration.ofSeconds(seconds), writes, rate, outbox,
                Duration.ofSeconds(startTimeout),
                env("BUREAU_PG_HOST", "localhost"), Integer.parseInt(env("BUREAU_PG_PORT", "5433")),
                env("BUREAU_PG_USER", "postgres"), env("BUREAU_PG_PASSWORD", "postgres"),
                env("KAFKA_BOOTSTRAP", "localhost:9092"));
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
