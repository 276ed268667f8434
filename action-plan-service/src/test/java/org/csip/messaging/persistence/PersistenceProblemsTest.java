package org.csip.messaging.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures below a resource tell the caller to come back (503), which lost a race (409), and which are bugs. */
class PersistenceProblemsTest {
    private final PersistenceProblems mapper = new PersistenceProblems();

    @Test
    void theDatabaseNotAnsweringIsA503WithRetryAfter() {
        var refused = new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001"));
        var shuttingDown = new RuntimeException(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")));
        var startingUp = new SQLException("the database system is starting up", "57P03");
        var poolEmpty = new SQLTransientConnectionException("no connection");
        var acquisition = new SQLException("Acquisition timeout while waiting for new connection");
        // A commit refused as the server shuts down: the rollback's reason is suppressed, not its cause.
        var commitRefused = new RuntimeException("Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."));
        commitRefused.getCause().addSuppressed(new javax.transaction.xa.XAException("Error trying to transactionCommit"
                + " local transaction: FATAL: terminating connection due to administrator command"));
        var lockHeldTooLong = new PersistenceException(new SQLException("canceling statement due to lock timeout",
                "55P03"));
        var rowHeldTooLong = new jakarta.persistence.QueryTimeoutException("timed out", new PersistenceException(
                new SQLException("canceling statement due to user request", "57014")));
        for (Throwable cause : new Throwable[] {refused, shuttingDown, startingUp, poolEmpty, acquisition,
                commitRefused, lockHeldTooLong, rowHeldTooLong}) {
            var answer = mapper.failed(cause instanceof RuntimeException r ? r : new RuntimeException(cause));
            assertThat(answer.getStatus()).as(cause.toString()).isEqualTo(503);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo(PersistenceProblems.RETRY_AFTER);
            assertThat(answer.getMediaType().toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void aLostRaceIsA409AndAnythingElseA500() {
        assertThat(mapper.failed(new OptimisticLockException("row changed")).getStatus()).isEqualTo(409);
        assertThat(mapper.failed(new PersistenceException(new SQLException("duplicate key", "23505"))).getStatus())
                .isEqualTo(500);
        assertThat(mapper.failed(new IllegalStateException("a bug")).getStatus()).isEqualTo(500);
    }

    @Test
    void aValueTheDatabaseRefusesAsDataIsTheCallersA400() {
        for (String state : new String[] {"22001", "22003", "22008", "22021", "22P05"}) {
            var answer = mapper.failed(new PersistenceException(new SQLException("refused value", state)));
            assertThat(answer.getStatus()).as(state).isEqualTo(400);
            assertThat(answer.getMediaType().toString()).startsWith("application/problem+json");
        }
    }
}
