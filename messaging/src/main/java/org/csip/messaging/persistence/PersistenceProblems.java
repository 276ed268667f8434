package org.csip.messaging.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.csip.common.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a caller gets when a request fails below the resource, in every service with a database (each has this
 * module): the database not answering (restarting, failing over) is a 503 problem naming it, with Retry-After, so
 * the caller tries again, and so is a row held by other changes for longer than a change may wait (lock_timeout,
 * RowLock); a change that lost a race with another is a 409; a value the database refuses as data (SQLState class
 * 22: too long, out of range, a NUL) a 400; anything else a logged 500 problem — never a bare error page. (The
 * specific mappers — validation, JSON, refusals — still answer first.)
 */
public class PersistenceProblems {
    private static final Logger LOG = Logger.getLogger(PersistenceProblems.class);
    /** Seconds a caller should wait before retrying while the database is unavailable. */
    static final String RETRY_AFTER = "5";
    /** PostgreSQL's lock_not_available: a lock waited for longer than lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** PostgreSQL's query_canceled: here, a change that waited longer than RowLock allows for its row. */
    private static final String QUERY_CANCELED = "57014";

    @ServerExceptionMapper
    public Response failed(RuntimeException e) {
        if (DatabaseOutage.isOutage(e)) {
            LOG.warnf("Request refused: the database is not answering (%s)", rootCause(e));
            return retryLater("The database is not answering; try again shortly");
        }
        if (sqlState(e, LOCK_NOT_AVAILABLE) != null || sqlState(e, QUERY_CANCELED) != null) {
            LOG.warnf("Request refused: a row it needed was held by other changes for longer than it may wait (%s)",
                    rootCause(e));
            return retryLater("The database is busy with another change to the same record; try again shortly");
        }
        if (causedBy(e, OptimisticLockException.class)) {
            return Problem.of(Response.Status.CONFLICT, "Someone else changed this at the same moment; reload it and"
                    + " try again").toResponse();
        }
        String dataState = sqlState(e, "22");
        if (dataState != null) {
            // A value the input rules (org.csip.common.input.InputRules) should have refused first: still the
            // caller's, so a 400 - and logged, as the rule that missed it needs a fix.
            LOG.warnf("A value reached the database and was refused (SQLState %s): %s", dataState, rootCause(e));
            return Problem.invalid("A value in the request is out of range or not allowed for what it is stored in",
                    java.util.List.of()).toResponse();
        }
        // The root cause on the first line: what a log search (or a test's excerpt of it) shows of the failure.
        LOG.errorf(e, "Request failed: %s", rootCause(e));
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The request failed; it has been logged").toResponse();
    }

    /** A 503 problem with Retry-After: the request did nothing, and the same request may succeed shortly. */
    private static Response retryLater(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, detail).toResponse())
                .header("Retry-After", RETRY_AFTER).build();
    }

    /** The SQLState of the first database error in the chain that is of {@code stateClass}, or null. */
    static String sqlState(Throwable e, String stateClass) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(stateClass)) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
