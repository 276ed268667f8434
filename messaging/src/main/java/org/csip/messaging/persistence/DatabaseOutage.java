package org.csip.messaging.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that comes from not reaching the database (restarting, failing over, its connections all taken)
 * from any other: the same work may succeed shortly, so a request is told to come back (503) and a scheduled job
 * tries again, rather than either reporting an error of its own.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    /**
     * Whether the failure comes from not reaching the database: a connection error (SQLState class 08), the server
     * shutting down or starting up (57P0x), or no connection to be had from the pool in time.
     */
    public static boolean isOutage(Throwable e) {
        return isOutage(e, 0);
    }

    /**
     * Looks through the causes and the suppressed failures too: a commit the server refused while shutting down
     * arrives as a transaction rollback whose reason (an XA error naming "terminating connection") is suppressed, not
     * its cause (met in the fault-injection suite's PostgreSQL restart).
     */
    private static boolean isOutage(Throwable e, int depth) {
        for (Throwable cause = e; cause != null && depth < 8;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (message.contains("Acquisition timeout") || message.contains("This connection has been closed")) {
                    return true;
                }
            }
            if (cause instanceof javax.transaction.xa.XAException && (message.contains("terminating connection")
                    || message.contains("This connection has been closed"))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isOutage(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
