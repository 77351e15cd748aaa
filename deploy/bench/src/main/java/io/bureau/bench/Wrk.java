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

    /** One run's figures: throughput and latency percentiles in milliseconds. */
    record Figures(double requestsPerSecond, double p50, double p90, double p99, double max, long requests, long bad) {
    }

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
        int threads = Math.min(2, connections);
        String printed = Command.run(root, Map.of(), duration.plusSeconds(30), List.of("wrk",
                "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s", "--timeout", "10s",
                "-H", "Authorization: Bearer " + token, "-H", "Accept: application/json",
                "-s", script.toString(), url));
        String line = printed.lines().filter(l -> l.startsWith("BENCH_JSON ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no report:\n" + printed));
        try {
            JsonNode report = JSON.readTree(line.substring("BENCH_JSON ".length()));
            double seconds = report.get("durationMicros").asLong() / 1e6;
            return new Figures(report.get("requests").asLong() / seconds, millis(report, "p50"), millis(report, "p90"),
                    millis(report, "p99"), millis(report, "max"), report.get("requests").asLong(), report.get("bad").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double millis(JsonNode report, String field) {
        return report.get(field).asLong() / 1000.0;
    }
}
