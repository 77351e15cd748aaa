package io.bureau.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP load with wrk (Debian package {@code wrk}); figures come back through a small Lua report script. */
final class Wrk {

    /**
     * One run's figures: throughput and latency percentiles in milliseconds, and what one request cost
     * in CPU in each part of the path (null when not measured).
     */
    record Figures(double requestsPerSecond, double p50, double p90, double p99, double max, long requests, long bad,
            CpuMeter.PerRequest cpuMillisPerRequest) {
    }

    /** wrk is run by a shell that then prints the CPU its finished child used (cutime + cstime of /proc/$$/stat). */
    private static final String WITH_CPU = "wrk \"$@\" && echo \"BENCH_WRK_CPU_TICKS $(awk '{sub(/.*\\) /, \"\"); print $14 + $15}' /proc/$$/stat)\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script;
    private final Path root;

    Wrk(Path root) {
        Command.require("wrk", "wrk");
        this.root = root;
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk-report.lua")) {
            script = Files.createTempFile("bureau-wrk-", ".lua");
            script.toFile().deleteOnExit();
            Files.write(script, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Figures get(String url, String token, int connections, Duration duration) {
        return get(url, token, connections, duration, null, false);
    }

    /** A run whose CPU cost per request is measured too: the meter's processes, and wrk itself. */
    Figures get(String url, String token, int connections, Duration duration, CpuMeter meter, boolean viaGateway) {
        int threads = Math.min(2, connections);
        CpuMeter.Snapshot before = meter == null ? null : meter.take();
        String printed = Command.run(root, Map.of(), duration.plusSeconds(30), List.of("bash", "-c", WITH_CPU, "bash",
                "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s", "--timeout", "10s",
                "-H", "Authorization: Bearer " + token, "-H", "Accept: application/json",
                "-s", script.toString(), url));
        CpuMeter.Snapshot after = meter == null ? null : meter.take();
        String line = printed.lines().filter(l -> l.startsWith("BENCH_JSON ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no report:\n" + printed));
        try {
            JsonNode report = JSON.readTree(line.substring("BENCH_JSON ".length()));
            double seconds = report.get("durationMicros").asLong() / 1e6;
            long requests = report.get("requests").asLong();
            CpuMeter.PerRequest cpu = meter == null ? null
                    : CpuMeter.perRequest(before, after, wrkCpuMillis(printed), requests, viaGateway);
            return new Figures(requests / seconds, millis(report, "p50"), millis(report, "p90"),
                    millis(report, "p99"), millis(report, "max"), requests, report.get("bad").asLong(), cpu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long wrkCpuMillis(String printed) {
        return printed.lines().filter(l -> l.startsWith("BENCH_WRK_CPU_TICKS ")).findFirst()
                .map(l -> Long.parseLong(l.substring("BENCH_WRK_CPU_TICKS ".length()).trim()) * 10).orElse(0L);
    }

    private static double millis(JsonNode report, String field) {
        return report.get(field).asLong() / 1000.0;
    }
}
