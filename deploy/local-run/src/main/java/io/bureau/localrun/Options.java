package io.bureau.localrun;

import java.time.Duration;

/** The launcher's command line. {@code --no-build} never gets here: deploy/run consumes it. */
record Options(boolean clean, boolean demo, Duration startTimeout, boolean help) {

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    static final String USAGE = """
            Usage: deploy/run [--clean] [--no-demo] [--no-build] [--timeout=SECONDS] [--help]
              --clean            start from empty data: wipe .bureau/data/postgres and .bureau/data/kafka
                                 (with BUREAU_PG_URL: drop the four bureau_* databases on that server;
                                 with KAFKA_BOOTSTRAP: that broker's topics stay)
              --no-demo          when staff-service's database is new (first run, --clean), leave it
                                 empty instead of adding the demo office (departments, skills, and
                                 Dana, Omar and Erin of the demo tokens)
              --no-build         (deploy/run only) skip the Maven build, run what target/ holds
              --timeout=SECONDS  how long each component may take to become healthy (default 120)
              --help             show this text
            Environment:
              BUREAU_PG_URL, BUREAU_PG_USER, BUREAU_PG_PASSWORD
                                 use this PostgreSQL server instead of the embedded one on port 5433
              KAFKA_BOOTSTRAP    use this Kafka broker (host:port) instead of starting one on 9092
              BUREAU_JAVA_OPTS   JVM options for the five apps instead of the defaults
                                 (-Xmx160m, serial GC, C1 only, ...; see JvmOptions)
            """;

    /** @throws IllegalArgumentException naming the argument that is not understood */
    static Options parse(String... args) {
        boolean clean = false;
        boolean demo = true;
        boolean help = false;
        Duration timeout = DEFAULT_START_TIMEOUT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--clean")) {
                clean = true;
            } else if (arg.equals("--no-demo")) {
                demo = false;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--timeout=")) {
                timeout = seconds(arg.substring("--timeout=".length()));
            } else if (arg.equals("--timeout") && i + 1 < args.length) {
                timeout = seconds(args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new Options(clean, demo, timeout, help);
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("--timeout needs a positive number of seconds, not '" + value + "'");
    }
}
