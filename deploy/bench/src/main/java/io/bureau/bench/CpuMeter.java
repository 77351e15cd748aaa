package io.bureau.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time the processes of one read path spent, from /proc: the gateway's JVM, staff-service's
 * JVM and every PostgreSQL process. Divided by the requests served, it is the cost of one request
 * in each part, a figure that other work on a shared machine barely moves (unlike throughput,
 * which it halves). wrk's own CPU comes from {@link Wrk}.
 */
final class CpuMeter {

    /** CPU milliseconds used so far by the gateway, the service and PostgreSQL. */
    record Snapshot(long gatewayMillis, long serviceMillis, long postgresMillis) {
    }

    /** One request's cost in CPU milliseconds; {@code gateway} is 0 on the direct path. */
    record PerRequest(double gateway, double service, double postgres, double loadGenerator) {

        double total() {
            return gateway + service + postgres + loadGenerator;
        }
    }

    /** Clock ticks per second of /proc's CPU times; 100 on every Linux this runs on (USER_HZ). */
    private static final double TICK_MILLIS = 10.0;

    private final Stack stack;

    CpuMeter(Stack stack) {
        this.stack = stack;
    }

    Snapshot take() {
        return new Snapshot(appMillis(Stack.GATEWAY), appMillis(Stack.STAFF), postgresMillis());
    }

    static PerRequest perRequest(Snapshot before, Snapshot after, long loadGeneratorMillis, long requests, boolean viaGateway) {
        double n = Math.max(1, requests);
        return new PerRequest(viaGateway ? (after.gatewayMillis() - before.gatewayMillis()) / n : 0,
                (after.serviceMillis() - before.serviceMillis()) / n, (after.postgresMillis() - before.postgresMillis()) / n,
                loadGeneratorMillis / n);
    }

    private long appMillis(Stack.App app) {
        OptionalLong pid = stack.pid(app);
        return pid.isPresent() ? cpuMillis(Path.of("/proc", Long.toString(pid.getAsLong()))) : 0;
    }

    private static long postgresMillis() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Path> postgres = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> read(p.resolve("comm")).strip().startsWith("postgres")).toList();
            return postgres.stream().mapToLong(CpuMeter::cpuMillis).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/PID/stat, counted after the command name's ")"). */
    static long cpuMillis(Path process) {
        String stat = read(process.resolve("stat"));
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return 0;
        }
        String[] fields = stat.substring(end + 2).trim().split(" ");
        return Math.round((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
