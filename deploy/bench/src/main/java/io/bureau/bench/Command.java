package io.bureau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an outside tool (wrk, pgbench, Maven) to its end, within a bound, and returns what it printed. */
final class Command {

    private Command() {
    }

    static String run(Path workingDirectory, Map<String, String> environment, Duration limit, List<String> command) {
        try {
            Path output = java.nio.file.Files.createTempFile("bureau-bench-", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish within " + limit);
                }
                String printed = java.nio.file.Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "):\n" + printed);
                }
                return printed;
            } finally {
                java.nio.file.Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0) + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Fails early, naming the package to install, when a tool is missing. */
    static void require(String tool, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        throw new IllegalStateException(tool + " is not installed: apt-get install " + debianPackage);
    }
}
