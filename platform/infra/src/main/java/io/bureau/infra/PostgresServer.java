package io.bureau.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: the one configured through {@code BUREAU_PG_URL} (a JDBC URL of any
 * database on it, used for administration), {@code BUREAU_PG_USER} and {@code BUREAU_PG_PASSWORD};
 * otherwise an embedded one started from the zonky binaries.
 */
public abstract class PostgresServer implements AutoCloseable {

    public static final String URL_ENV = "BUREAU_PG_URL";
    public static final String USER_ENV = "BUREAU_PG_USER";
    public static final String PASSWORD_ENV = "BUREAU_PG_PASSWORD";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** The server named by the environment, if one is. */
    public static Optional<PostgresServer> configured() {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new External(url, env(USER_ENV, "postgres"), env(PASSWORD_ENV, "")));
    }

    /**
     * Starts an embedded server on 127.0.0.1:{@code port} (0 picks one) with its data in
     * {@code dataDir}, kept across restarts unless {@code clean}. It stops when the JVM exits,
     * even when the JVM is killed ({@code kill -9}): see {@link Embedded}.
     */
    public static PostgresServer embedded(Path dataDir, int port, boolean clean, Path logFile) {
        return embedded(dataDir, port, clean, logFile, true);
    }

    /**
     * As {@link #embedded(Path, int, boolean, Path)}; with {@code stopOnJvmExit} false the caller
     * stops it with {@link #close()}, for a launcher that must stop its apps before their database.
     */
    public static PostgresServer embedded(Path dataDir, int port, boolean clean, Path logFile, boolean stopOnJvmExit) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .setPort(port == 0 ? FreePorts.find() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new Embedded(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to start; see " + logFile, e);
        }
    }

    public abstract String jdbcUrl(String database);

    public abstract String username();

    public abstract String password();

    public abstract String description();

    @Override
    public abstract void close();

    public boolean hasDatabase(String database) {
        requireSafe(database);
        try (Connection c = admin();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            return exists.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for database " + database + " on " + description(), e);
        }
    }

    public void createDatabaseIfMissing(String database) {
        if (!hasDatabase(database)) {
            try (Connection c = admin(); Statement create = c.createStatement()) {
                create.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + database + " on " + description(), e);
            }
        }
    }

    public void dropDatabase(String database) {
        requireSafe(database);
        try (Connection c = admin(); Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database + " on " + description(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), username(), password());
    }

    private static void requireSafe(String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + database);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * pg_ctl starts the server in a session of its own, so nothing stops it when this JVM is
     * killed without running its shutdown hooks: it would hold its port and data folder until
     * someone stops it. A watchdog shell, whose standard input is a pipe only this JVM holds,
     * reads until that pipe closes (however the JVM ends) and then asks the server for a fast
     * shutdown (SIGINT), if that process is still a postgres.
     */
    private static final class Embedded extends PostgresServer {
        private static final Path SHELL = Path.of("/bin/sh");
        private static final String WATCHDOG = """
                while read -r _; do :; done
                comm=$(cat "/proc/$1/comm" 2>/dev/null || ps -p "$1" -o comm= 2>/dev/null)
                case "$comm" in *postgres*) kill -INT "$1" ;; esac
                """;

        private final EmbeddedPostgres postgres;
        private final Process watchdog;

        Embedded(EmbeddedPostgres postgres, Path dataDir) {
            this.postgres = postgres;
            this.watchdog = startWatchdog(dataDir.resolve("postmaster.pid"));
        }

        private static Process startWatchdog(Path pidFile) {
            if (!Files.isExecutable(SHELL)) {
                return null; // no POSIX shell: the server then stops only with a shutdown hook or close()
            }
            try {
                String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
                return new ProcessBuilder(OwnSession.command(List.of(SHELL.toString(), "-c", WATCHDOG, "bureau-postgres-watchdog", pid)))
                        .redirectInput(ProcessBuilder.Redirect.PIPE)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not watch the embedded PostgreSQL (" + pidFile + ")", e);
            }
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return "postgres";
        }

        @Override
        public String description() {
            return "embedded PostgreSQL on port " + postgres.getPort();
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stopWatchdog();
            }
        }

        /** Closing its pipe ends it; the server it watched is already gone, so it leaves it be. */
        private void stopWatchdog() {
            if (watchdog == null) {
                return;
            }
            try {
                watchdog.getOutputStream().close();
                if (!watchdog.waitFor(5, TimeUnit.SECONDS)) {
                    watchdog.destroyForcibly();
                }
            } catch (IOException e) {
                watchdog.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                watchdog.destroyForcibly();
            }
        }
    }

    private static final class External extends PostgresServer {
        private final String serverUrl;
        private final String query;
        private final String user;
        private final String password;

        External(String url, String user, String password) {
            int queryStart = url.indexOf('?');
            String withoutQuery = queryStart < 0 ? url : url.substring(0, queryStart);
            this.query = queryStart < 0 ? "" : url.substring(queryStart);
            int slash = withoutQuery.indexOf('/', "jdbc:postgresql://".length());
            this.serverUrl = slash < 0 ? withoutQuery : withoutQuery.substring(0, slash);
            this.user = user;
            this.password = password;
        }

        @Override
        public String jdbcUrl(String database) {
            return serverUrl + "/" + database + query;
        }

        @Override
        public String username() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public String description() {
            return "configured PostgreSQL at " + serverUrl;
        }

        @Override
        public void close() {
            // not ours to stop
        }
    }
}
