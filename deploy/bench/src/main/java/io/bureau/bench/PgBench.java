package io.bureau.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ceiling of a read by primary key on the same PostgreSQL: {@code pgbench -S} (select-only) in a
 * scratch database of its own, so the services' data is not touched.
 */
final class PgBench {

    static final String DATABASE = "bureau_bench";
    private static final Pattern TPS = Pattern.compile("tps = (\\d+(?:\\.\\d+)?) \\(without initial connection time\\)");

    private final Options options;

    PgBench(Options options) {
        Command.require("pgbench", "postgresql-client");
        this.options = options;
    }

    void prepare() {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl("postgres"), options.pgUser(), options.pgPassword())) {
            connection.createStatement().execute("drop database if exists " + DATABASE);
            connection.createStatement().execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the scratch database " + DATABASE, e);
        }
        // Scale 10: one million accounts, larger than any service table here, still cached in memory.
        pgbench(Duration.ofMinutes(5), "-i", "-q", "-s", "10");
    }

    double selectOnlyTps(int clients, Duration duration) {
        String printed = pgbench(duration.plusSeconds(30), "-S", "-n", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(2, clients)), "-T", Long.toString(duration.toSeconds()));
        Matcher matcher = TPS.matcher(printed);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + printed);
        }
        return Double.parseDouble(matcher.group(1));
    }

    void drop() {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl("postgres"), options.pgUser(), options.pgPassword())) {
            connection.createStatement().execute("drop database if exists " + DATABASE);
        } catch (SQLException e) {
            System.out.println("Could not drop " + DATABASE + ": " + e.getMessage());
        }
    }

    private String pgbench(Duration limit, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("pgbench", "-h", options.pgHost(),
                "-p", Integer.toString(options.pgPort()), "-U", options.pgUser()));
        command.addAll(List.of(args));
        command.add(DATABASE);
        return Command.run(options.root(), Map.of("PGPASSWORD", options.pgPassword()), limit, command);
    }
}
