package io.bureau.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark of the whole stack, every figure measured side by side in the same run so that the
 * noise of a shared machine cancels out: reads by id direct and through the gateway, the pgbench
 * ceiling of the same PostgreSQL, a write and how soon its event is published and applied elsewhere,
 * the outbox relay, and each app's start time and memory. Prints a table and writes JSON; never
 * passes or fails on a figure.
 */
public final class StackBenchmark {

    /** Dana Director, whom the demo office always has. */
    static final String READ_PATH = "/api/v1/employees/00000000-0000-4000-8000-000000000001";
    private static final Duration WARM_UP = Duration.ofSeconds(20);

    private StackBenchmark() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Results results = new Results(options);
        try (Stack stack = Stack.attachOrStart(options)) {
            measureStack(options, stack, results);
        }
        if (options.outbox()) {
            results.outbox = outboxBenchmark(options.root());
        }
        results.print(System.out);
        Path written = results.write(options.root().resolve("deploy/bench/results"));
        System.out.println("Figures written to " + options.root().relativize(written)
                + " (and deploy/bench/results/latest.json).");
    }

    private static void measureStack(Options options, Stack stack, Results results) {
        for (Stack.App app : Stack.APPS) {
            results.app(app).put("startSeconds", stack.startSeconds(app).orElse(Double.NaN));
            results.app(app).put("residentMiBIdle", stack.residentKib(app).orElse(0) / 1024.0);
        }
        results.jvmOptions = stack.jvmOptions(Stack.STAFF);
        String token = stack.tokens().get("BUREAU_ADMIN_TOKEN");
        if (token == null) {
            throw new IllegalStateException("no BUREAU_ADMIN_TOKEN in .bureau/tokens.env");
        }
        Wrk wrk = new Wrk(options.root());
        CpuMeter meter = new CpuMeter(stack);
        PgBench pgbench = new PgBench(options);
        System.out.println("Preparing pgbench's scratch database and warming up both paths...");
        pgbench.prepare();
        try {
            String direct = Stack.STAFF.url() + READ_PATH;
            String gateway = Stack.GATEWAY.url() + READ_PATH;
            wrk.get(direct, token, 32, WARM_UP);
            wrk.get(gateway, token, 32, WARM_UP);
            for (int round = 1; round <= options.rounds(); round++) {
                System.out.printf("Round %d of %d...%n", round, options.rounds());
                // Alternate which path goes first, so neither always meets a warmer or busier machine.
                boolean directFirst = round % 2 == 1;
                for (int connections : new int[] {1, 32}) {
                    String first = directFirst ? direct : gateway;
                    String second = directFirst ? gateway : direct;
                    Wrk.Figures a = wrk.get(first, token, connections, options.duration(), meter, !directFirst);
                    Wrk.Figures b = wrk.get(second, token, connections, options.duration(), meter, directFirst);
                    results.read(connections, directFirst ? a : b, directFirst ? b : a);
                }
                results.pgbench.add(pgbench.selectOnlyTps(32, options.duration()));
            }
        } finally {
            pgbench.drop();
        }
        System.out.printf("Writes: %d creates through the gateway at %d/s to warm up, then %d measured...%n", options.writes(), options.writeRate(), options.writes());
        WriteToEvent writes = new WriteToEvent(options, token);
        writes.warmUp(options.writes());
        results.writes = writes.measure();
        for (Stack.App app : Stack.APPS) {
            results.app(app).put("residentMiBAfterLoad", stack.residentKib(app).orElse(0) / 1024.0);
        }
    }

    private static final Pattern LATENCY = Pattern.compile("p50 ([\\d.]+) ms, p99 ([\\d.]+) ms");
    private static final Pattern RATE = Pattern.compile("([\\d.]+) events/s");

    /** The chassis' own outbox benchmark, run once the stack is stopped, and read back from what it prints. */
    private static Map<String, Object> outboxBenchmark(Path root) {
        System.out.println("Outbox relay benchmark (./mvnw -B -ntp -o -pl platform/chassis -am -Pbenchmark verify)...");
        String printed = Command.run(root, Map.of(), Duration.ofMinutes(20), List.of("./mvnw", "-B", "-ntp", "-o",
                "-pl", "platform/chassis", "-am", "-Pbenchmark", "verify", "-Dtest=OutboxRelayBenchmark",
                "-Dsurefire.failIfNoSpecifiedTests=false"));
        Map<String, Object> outbox = new LinkedHashMap<>();
        for (String line : printed.lines().toList()) {
            if (line.startsWith("commit-to-consume latency")) {
                Matcher m = LATENCY.matcher(line);
                if (m.find()) {
                    outbox.put("commitToConsumeP50Ms", Double.parseDouble(m.group(1)));
                    outbox.put("commitToConsumeP99Ms", Double.parseDouble(m.group(2)));
                }
            } else if (line.startsWith("steady load")) {
                rate(line).ifPresent(r -> outbox.put("steadyEventsPerSecond", r));
            } else if (line.startsWith("backlog of")) {
                rate(line).ifPresent(r -> outbox.put("backlogDrainEventsPerSecond", r));
            }
        }
        if (outbox.size() < 4) {
            throw new IllegalStateException("the outbox benchmark printed fewer figures than expected:\n" + printed);
        }
        return outbox;
    }

    private static java.util.Optional<Double> rate(String line) {
        Matcher m = RATE.matcher(line);
        List<Double> found = new ArrayList<>();
        while (m.find()) {
            found.add(Double.parseDouble(m.group(1)));
        }
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(found.size() - 1));
    }
}
