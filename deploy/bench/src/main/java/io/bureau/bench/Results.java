package io.bureau.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Everything one run measured, printed as one table and kept as JSON for the next run to compare. */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Options options;
    private final OffsetDateTime measuredAt = OffsetDateTime.now(ZoneOffset.UTC);
    private final double loadAtStart = loadAverage();
    private final Map<Integer, List<Wrk.Figures>> direct = new LinkedHashMap<>();
    private final Map<Integer, List<Wrk.Figures>> gateway = new LinkedHashMap<>();
    final List<Double> pgbench = new ArrayList<>();
    WriteToEvent.Figures writes;
    Map<String, Object> outbox;
    String jvmOptions = "";
    private final Map<String, Map<String, Double>> apps = new LinkedHashMap<>();

    Results(Options options) {
        this.options = options;
    }

    void read(int connections, Wrk.Figures viaDirect, Wrk.Figures viaGateway) {
        direct.computeIfAbsent(connections, c -> new ArrayList<>()).add(viaDirect);
        gateway.computeIfAbsent(connections, c -> new ArrayList<>()).add(viaGateway);
    }

    Map<String, Double> app(Stack.App app) {
        return apps.computeIfAbsent(app.module(), m -> new LinkedHashMap<>());
    }

    void print(PrintStream out) {
        JsonNode previous = previous();
        out.printf("%n=== Bureau stack benchmark, %s, %d cores, load average %.1f at start ===%n", measuredAt.withNano(0),
                Runtime.getRuntime().availableProcessors(), loadAtStart);
        out.printf("JVM options of the apps: %s%n", jvmOptions.isEmpty() ? "(not seen: the apps run elsewhere)" : jvmOptions);
        out.printf("Reads: GET %s, wrk, %d rounds of %d s alternating direct/gateway; medians, [min–max] across rounds.%n",
                StackBenchmark.READ_PATH, direct.getOrDefault(1, List.of()).size(), options.duration().toSeconds());
        out.printf("%-48s %-44s %-22s %s%n", "figure", "measured", "goal", "verdict (previous run)");
        for (int connections : direct.keySet()) {
            row(out, "read by id direct, " + connections + " conn", reads(direct.get(connections)), "", "");
            row(out, "read by id via gateway, " + connections + " conn", reads(gateway.get(connections)), "", "");
        }
        if (direct.containsKey(1)) {
            List<Double> addedP50 = added(1, Wrk.Figures::p50);
            List<Double> addedP99 = added(1, Wrk.Figures::p99);
            row(out, "gateway added at 1 conn, p50 / p99", String.format("%+.2f / %+.2f ms [p99 %s]",
                    Percentiles.median(addedP50), Percentiles.median(addedP99), range(addedP99, "%+.2f")),
                    "p99 ≤ direct + 3 ms", readsValid(1) ? verdict(Percentiles.median(addedP99) <= 3.0) : INVALID);
        }
        if (direct.containsKey(32)) {
            List<Double> share = gatewayShares();
            row(out, "gateway throughput as a share of direct, 32 conn", String.format("%.0f %% [%s]",
                    Percentiles.median(share), range(share, "%.0f")), "≥ 70 %", (readsValid(32) ? verdict(Percentiles.median(share) >= 70) : INVALID)
                    + previousFigure(previous, "gatewayShareOfDirectPercent", "%.0f %%"));
            row(out, "CPU per request direct, 32 conn", cpu(direct.get(32)), "", "");
            row(out, "CPU per request via gateway, 32 conn", cpu(gateway.get(32)), "", "");
            List<Double> cpuShare = cpuShares();
            row(out, "share the CPU cost allows (direct / via gateway)", String.format("%.0f %% [%s]",
                    Percentiles.median(cpuShare), range(cpuShare, "%.0f")), "≥ 70 %", verdict(Percentiles.median(cpuShare) >= 70)
                    + previousFigure(previous, "cpuShareOfDirectPercent", "%.0f %%"));
            row(out, "pgbench -S, 32 clients", String.format("%,.0f tps [%s]", Percentiles.median(pgbench),
                    range(pgbench, "%,.0f")), "", "");
            List<Double> ofPgbench = pgbenchShares();
            row(out, "read by id direct as a share of pgbench -S", String.format("%.0f %% [%s]",
                    Percentiles.median(ofPgbench), range(ofPgbench, "%.0f")), "≥ 30 %",
                    verdict(Percentiles.median(ofPgbench) >= 30) + previousFigure(previous, "readShareOfPgbenchPercent", "%.0f %%"));
        }
        if (writes != null) {
            row(out, String.format("create through the gateway, %d at %d/s", writes.writes(), options.writeRate()),
                    String.format("%.0f/s achieved, HTTP p50 %.1f ms, p99 %.1f ms, %d failed", writes.achievedPerSecond(),
                            writes.httpP50(), writes.httpP99(), writes.failed()), "", "");
            row(out, "HTTP 201 → event on the broker", ms(writes.toBrokerP50(), writes.toBrokerP99()), "", "");
            row(out, "commit → published (staff outbox)", ms(writes.commitToPublishP50(), writes.commitToPublishP99()), "", "");
            row(out, "commit → applied by scheduling-service", ms(writes.commitToAppliedP50(), writes.commitToAppliedP99()),
                    "p99 ≤ 50 ms at 100/s", (writes.failed() == 0 ? verdict(writes.commitToAppliedP99() <= 50) : INVALID)
                    + previousFigure(previous, "commitToAppliedP99Ms", "%.1f ms"));
        }
        if (outbox != null) {
            row(out, "outbox relay commit → consume (chassis)", ms((double) outbox.get("commitToConsumeP50Ms"),
                    (double) outbox.get("commitToConsumeP99Ms")), "", "");
            row(out, "outbox relay steady / backlog drain", String.format("%,.0f / %,.0f events/s",
                    (double) outbox.get("steadyEventsPerSecond"), (double) outbox.get("backlogDrainEventsPerSecond")), "", "");
        }
        apps.forEach((module, figures) -> row(out, module + ": start, resident idle → after load",
                String.format("%.1f s, %.0f → %.0f MiB", figures.get("startSeconds"), figures.get("residentMiBIdle"),
                        figures.getOrDefault("residentMiBAfterLoad", Double.NaN)),
                "≤ 250 MB after load", verdict(figures.getOrDefault("residentMiBAfterLoad", 0.0) * 1.048576 <= 250)));
    }

    /** Writes this run as JSON, named by its time, and as latest.json; returns the timed file. */
    Path write(Path directory) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measuredAt", measuredAt.toString());
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "loadAverageAtStart", loadAtStart,
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version")));
        json.put("jvmOptions", jvmOptions);
        json.put("options", Map.of("rounds", options.rounds(), "secondsPerRun", options.duration().toSeconds(),
                "writes", options.writes(), "writeRate", options.writeRate()));
        json.put("readPath", StackBenchmark.READ_PATH);
        json.put("direct", direct);
        json.put("gateway", gateway);
        json.put("pgbenchSelectOnlyTps", pgbench);
        if (direct.containsKey(32)) {
            json.put("gatewayShareOfDirectPercent", Percentiles.median(gatewayShares()));
            json.put("readShareOfPgbenchPercent", Percentiles.median(pgbenchShares()));
            json.put("cpuShareOfDirectPercent", Percentiles.median(cpuShares()));
        }
        if (writes != null) {
            json.put("writes", writes);
            json.put("commitToAppliedP99Ms", writes.commitToAppliedP99());
        }
        json.put("outbox", outbox);
        json.put("apps", apps);
        try {
            Files.createDirectories(directory);
            Path timed = directory.resolve(measuredAt.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")) + ".json");
            JSON.writeValue(timed.toFile(), json);
            Files.copy(timed, directory.resolve("latest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return timed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode previous() {
        Path latest = options.root().resolve("deploy/bench/results/latest.json");
        try {
            return Files.isRegularFile(latest) ? JSON.readTree(latest.toFile()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String previousFigure(JsonNode previous, String field, String format) {
        if (previous == null || !previous.hasNonNull(field)) {
            return "";
        }
        return "   (" + String.format(format, previous.get(field).asDouble()) + " on "
                + previous.path("measuredAt").asText().substring(0, 10) + ")";
    }

    /** Gateway throughput as a percentage of direct at 32 connections, round by round (same round, same noise). */
    private List<Double> gatewayShares() {
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < direct.get(32).size(); i++) {
            shares.add(100 * gateway.get(32).get(i).requestsPerSecond() / direct.get(32).get(i).requestsPerSecond());
        }
        return shares;
    }

    /**
     * What the gateway's throughput could be as a share of direct if the machine did nothing else:
     * the CPU one direct request costs (service, PostgreSQL, wrk) over what one costs through the
     * gateway (the same plus the gateway), round by round. Other work on the machine moves this far
     * less than it moves throughput.
     */
    private List<Double> cpuShares() {
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < direct.get(32).size(); i++) {
            CpuMeter.PerRequest viaDirect = direct.get(32).get(i).cpuMillisPerRequest();
            CpuMeter.PerRequest viaGateway = gateway.get(32).get(i).cpuMillisPerRequest();
            if (viaDirect != null && viaGateway != null && viaGateway.total() > 0) {
                shares.add(100 * viaDirect.total() / viaGateway.total());
            }
        }
        return shares;
    }

    private static String cpu(List<Wrk.Figures> runs) {
        List<CpuMeter.PerRequest> costs = runs.stream().map(Wrk.Figures::cpuMillisPerRequest).filter(java.util.Objects::nonNull).toList();
        if (costs.isEmpty()) {
            return "not measured";
        }
        return String.format("gateway %.3f + service %.3f + PostgreSQL %.3f + wrk %.3f = %.3f ms",
                Percentiles.median(costs.stream().map(CpuMeter.PerRequest::gateway).toList()),
                Percentiles.median(costs.stream().map(CpuMeter.PerRequest::service).toList()),
                Percentiles.median(costs.stream().map(CpuMeter.PerRequest::postgres).toList()),
                Percentiles.median(costs.stream().map(CpuMeter.PerRequest::loadGenerator).toList()),
                Percentiles.median(costs.stream().map(CpuMeter.PerRequest::total).toList()));
    }

    /** Direct reads at 32 connections as a percentage of pgbench -S in the same round. */
    private List<Double> pgbenchShares() {
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < pgbench.size(); i++) {
            shares.add(100 * direct.get(32).get(i).requestsPerSecond() / pgbench.get(i));
        }
        return shares;
    }

    private List<Double> added(int connections, ToDoubleFunction<Wrk.Figures> figure) {
        List<Double> added = new ArrayList<>();
        for (int i = 0; i < direct.get(connections).size(); i++) {
            added.add(figure.applyAsDouble(gateway.get(connections).get(i)) - figure.applyAsDouble(direct.get(connections).get(i)));
        }
        return added;
    }

    private static String reads(List<Wrk.Figures> runs) {
        long bad = runs.stream().mapToLong(Wrk.Figures::bad).sum();
        return String.format("%,.0f req/s [%s], p50 %.2f, p90 %.2f, p99 %.2f ms%s",
                median(runs, Wrk.Figures::requestsPerSecond),
                range(runs.stream().map(Wrk.Figures::requestsPerSecond).toList(), "%,.0f"),
                median(runs, Wrk.Figures::p50), median(runs, Wrk.Figures::p90), median(runs, Wrk.Figures::p99),
                bad > 0 ? ", " + bad + " BAD ANSWERS" : "");
    }

    private static double median(List<Wrk.Figures> runs, ToDoubleFunction<Wrk.Figures> figure) {
        return Percentiles.median(runs.stream().map(figure::applyAsDouble).toList());
    }

    private static String range(List<Double> values, String format) {
        return String.format(format, values.stream().mapToDouble(d -> d).min().orElse(Double.NaN)) + "–"
                + String.format(format, values.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
    }

    private static String ms(double p50, double p99) {
        return String.format("p50 %.1f ms, p99 %.1f ms", p50, p99);
    }

    /** Figures taken while answers failed (a 429 from a rate limit, a 5xx) measure the failure, not the system. */
    private static final String INVALID = "INVALID: failed answers";

    private boolean readsValid(int connections) {
        return java.util.stream.Stream.concat(direct.get(connections).stream(), gateway.get(connections).stream())
                .allMatch(run -> run.bad() * 100 <= run.requests());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "SHORT";
    }

    private static void row(PrintStream out, String figure, String measured, String goal, String verdict) {
        out.printf("%-48s %-44s %-22s %s%n", figure, measured, goal, verdict);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
