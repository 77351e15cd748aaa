package io.bureau.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the embedded PostgreSQL under a running app, as an operator's restart would:
 * a fast shutdown (every connection is cut), then a start with the options it first ran with
 * ({@code pg_ctl restart} reads them from {@code postmaster.opts} even when the server is down).
 */
public final class DatabaseOutage {

    private final Path dataDir;

    DatabaseOutage(Path dataDir) {
        this.dataDir = dataDir;
    }

    public void begin() {
        pgCtl("-m", "fast", "stop");
    }

    public void end() {
        pgCtl("restart");
    }

    private void pgCtl(String... command) {
        try {
            String postgres = Files.readString(dataDir.resolve("postmaster.opts")).trim().split(" ")[0];
            Path pgCtl = Path.of(postgres.replace("\"", "")).resolveSibling("pg_ctl");
            List<String> args = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root; the embedded server was started the same way.
                args.addAll(List.of("unshare", "-U"));
            }
            args.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                    "-l", dataDir.resolveSibling("postgres-restarted.log").toString()));
            args.addAll(List.of(command));
            Process process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolveSibling("pg_ctl.log").toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", command) + " failed; see "
                        + dataDir.resolveSibling("pg_ctl.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
