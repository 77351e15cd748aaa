package io.bureau.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report a ten-minute run ends with: its arithmetic, its verdicts and its JSON. */
class ResultsTest {

    @TempDir
    Path root;

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(5.0, Percentiles.p(values, 50));
        assertEquals(5.5, Percentiles.median(values));
        assertEquals(10.0, Percentiles.p(values, 99));
        assertEquals(1.0, Percentiles.p(values, 1));
        assertTrue(Double.isNaN(Percentiles.p(List.of(), 50)));
    }

    @Test
    void optionsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--rounds=0"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--duration=abc"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--fast"}));
        assertEquals(5, Options.parse(new String[] {"--rounds=5"}).rounds());
    }

    @Test
    void reportsSharesAndVerdictsRoundByRoundAndWritesThemAsJson() throws Exception {
        Options options = new Options(root, 2, java.time.Duration.ofSeconds(1), 10, 10, true,
                java.time.Duration.ofSeconds(1), Options.Jvm.PRODUCTION, "localhost", 5433, "postgres", "postgres", "localhost:9092");
        Results results = new Results(options);
        results.read(1, figures(1000, 1.0, 2.0), figures(800, 1.5, 5.5));
        results.read(32, figures(2000, 10, 20), figures(1500, 12, 25));
        results.pgbench.add(10000.0);
        results.read(1, figures(1100, 1.0, 2.0), figures(900, 1.4, 5.0));
        results.read(32, figures(2200, 10, 20), figures(1400, 12, 25));
        results.pgbench.add(8000.0);
        results.writes = new WriteToEvent.Figures(10, 9.9, 5, 9, 2, 4, 3, 8, 6, 60, 0);
        results.outbox = Map.of("commitToConsumeP50Ms", 3.0, "commitToConsumeP99Ms", 21.0,
                "steadyEventsPerSecond", 5000.0, "backlogDrainEventsPerSecond", 6000.0);
        results.app(Stack.STAFF).putAll(Map.of("startSeconds", 6.5, "residentMiBIdle", 200.0, "residentMiBAfterLoad", 300.0));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        results.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        // Shares are taken round by round: 1,500/2,000 = 75 % and 1,400/2,200 = 64 %, median 69 %.
        assertTrue(table.lines().anyMatch(l -> l.startsWith("gateway throughput as a share") && l.contains("69 % [64–75]")
                && l.contains("SHORT")), table);
        // Added p99 3.5 and 3.0 ms: median 3.25 ms, over the goal of 3 ms.
        assertTrue(table.lines().anyMatch(l -> l.startsWith("gateway added at 1 conn") && l.contains("SHORT")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("commit → applied") && l.contains("SHORT")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("staff-service") && l.contains("200 → 300 MiB") && l.contains("SHORT")), table);

        Path written = results.write(root.resolve("deploy/bench/results"));
        JsonNode json = new ObjectMapper().readTree(written.toFile());
        assertEquals(60.0, json.get("commitToAppliedP99Ms").asDouble());
        assertEquals((75.0 + 100 * 1400.0 / 2200.0) / 2, json.get("gatewayShareOfDirectPercent").asDouble(), 0.01);
        assertTrue(Files.isRegularFile(root.resolve("deploy/bench/results/latest.json")));
    }

    @Test
    void figuresTakenWhileAnswersFailedAreMarkedInvalid() {
        Options options = new Options(root, 1, java.time.Duration.ofSeconds(1), 10, 10, false,
                java.time.Duration.ofSeconds(1), Options.Jvm.PRODUCTION, "localhost", 5433, "postgres", "postgres", "localhost:9092");
        Results results = new Results(options);
        results.read(32, figures(2000, 10, 20), new Wrk.Figures(9000, 1, 2, 3, 4, 90_000, 80_000, null));
        results.pgbench.add(10000.0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        results.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("gateway throughput as a share") && l.contains("INVALID")), table);
        assertTrue(table.contains("80000 BAD ANSWERS"), table);
    }

    private static Wrk.Figures figures(double rps, double p50, double p99) {
        return new Wrk.Figures(rps, p50, (p50 + p99) / 2, p99, p99 * 2, (long) rps * 10, 0, null);
    }

    private static Wrk.Figures costing(double rps, double gateway, double service, double postgres, double wrk) {
        return new Wrk.Figures(rps, 1, 2, 3, 4, (long) rps * 10, 0, new CpuMeter.PerRequest(gateway, service, postgres, wrk));
    }

    @Test
    void theCpuShareIsDirectCostOverGatewayCostRoundByRound() throws Exception {
        Options options = new Options(root, 2, java.time.Duration.ofSeconds(1), 10, 10, false,
                java.time.Duration.ofSeconds(1), Options.Jvm.PRODUCTION, "localhost", 5433, "postgres", "postgres", "localhost:9092");
        Results results = new Results(options);
        // Round 1: 0.15 ms direct, 0.20 ms through the gateway: 75 %. Round 2: 0.15 / 0.25 = 60 %. Median 67.5 %.
        results.read(32, costing(2000, 0, 0.08, 0.04, 0.03), costing(1500, 0.05, 0.08, 0.04, 0.03));
        results.pgbench.add(10000.0);
        results.read(32, costing(2000, 0, 0.08, 0.04, 0.03), costing(1200, 0.10, 0.08, 0.04, 0.03));
        results.pgbench.add(10000.0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        results.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("share the CPU cost allows") && l.contains("68 % [60–75]")
                && l.contains("SHORT")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("CPU per request via gateway")
                && l.contains("gateway 0.075 + service 0.080 + PostgreSQL 0.040 + wrk 0.030 = 0.225 ms")), table);
        JsonNode json = new ObjectMapper().readTree(results.write(root.resolve("results")).toFile());
        assertEquals(67.5, json.get("cpuShareOfDirectPercent").asDouble(), 0.01);
    }

    @Test
    void cpuTimeIsReadAfterTheCommandNameWhateverItContains() throws Exception {
        Path process = Files.createDirectories(root.resolve("proc/42"));
        // comm may hold spaces and parentheses; utime and stime are fields 14 and 15 (here 250 and 50 ticks).
        Files.writeString(process.resolve("stat"),
                "42 (java (x) y) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 123 456 789");
        assertEquals(3000, CpuMeter.cpuMillis(process));
    }

    @Test
    void theJvmOptionsAreProductionsUnlessLocalIsAsked() {
        assertEquals(Options.Jvm.PRODUCTION, Options.parse(new String[0]).jvm());
        assertTrue(Options.Jvm.PRODUCTION.options().contains("-XX:TrimNativeHeapInterval="));
        assertEquals(Options.Jvm.LOCAL, Options.parse(new String[] {"--jvm=local"}).jvm());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--jvm=fast"}));
    }
}
