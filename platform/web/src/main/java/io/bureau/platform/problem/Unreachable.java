package io.bureau.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure to reach the database from a bug, by its root causes, whichever layer
 * (Hibernate, Agroal, Narayana, the JDBC driver) wrapped them: a refused or broken connection
 * (SQLState class 08), a server shutting down or restarting (57P01, 57P02, 57P03), or a pool that
 * could not hand out a connection in time. Those are answered 503 with Retry-After: the caller
 * did nothing wrong and the same request will work once the database is back.
 */
final class Unreachable {

    private static final int MAX_DEPTH = 32;

    private Unreachable() {
    }

    static boolean database(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08")
                || sqlState.equals("57P01") || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    /** Agroal's acquisition timeout is a plain SQLException without a state. */
    private static boolean poolTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getCause() instanceof TimeoutException
                || message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
