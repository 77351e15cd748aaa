package io.bureau.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL detaches from the launcher (pg_ctl starts it in its own session), so a
 * launcher killed with {@code kill -9} leaves it running on the data folder and port 5433. The next
 * run stops it before starting its own. Only called while holding the local-run lock, so the
 * server found here belongs to no running launcher.
 */
final class StalePostgres {

    private StalePostgres() {
    }

    static void stopIfRunning(Path dataDir, Progress progress) {
        Optional<ProcessHandle> postmaster = postmaster(dataDir.resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle server = postmaster.get();
        long since = System.nanoTime();
        progress.line("postgres", "stopping the server an earlier run left behind (pid " + server.pid() + ")");
        // SIGTERM is PostgreSQL's "smart" shutdown; the clients it waits for are gone with that run.
        server.destroy();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            server.destroyForcibly();
        }
        progress.done("postgres", "stopped", since);
    }

    /** The live postmaster named by the first line of postmaster.pid, if it is still a postgres. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
