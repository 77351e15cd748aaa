package io.bureau.localrun;

import java.util.Arrays;
import java.util.List;

/**
 * The JVM options of the five apps. Five JVMs share a laptop with PostgreSQL and Kafka, so the
 * defaults favour memory and start-up CPU over peak throughput: a small, quickly shrinking heap,
 * the serial collector, the C1 compiler only, bounded metaspace, code cache and thread stacks
 * (measured after the stack benchmark's load: 123–262 MiB resident per app, with
 * MALLOC_ARENA_MAX=2; the former -Xmx512m gave 217–364 MiB). glibc keeps what the JIT compilers
 * freed; trimming it every 5 s gave 22–69 MiB back in staff-service after load. C2 roughly doubles throughput for
 * 30–60 MiB more per app: for a benchmark, set BUREAU_JAVA_OPTS to these options without
 * -XX:TieredStopAtLevel=1. BUREAU_JAVA_OPTS replaces the defaults entirely.
 */
final class JvmOptions {

    static final String ENV = "BUREAU_JAVA_OPTS";

    static final List<String> DEFAULTS = List.of(
            "-Xms16m", "-Xmx160m", "-Xmn24m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=25",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000");

    private JvmOptions() {
    }

    /** The defaults, or the whitespace-separated options of BUREAU_JAVA_OPTS when it is set and not blank. */
    static List<String> forApps(String override) {
        if (override == null || override.isBlank()) {
            return DEFAULTS;
        }
        return Arrays.stream(override.trim().split("\\s+")).toList();
    }
}
