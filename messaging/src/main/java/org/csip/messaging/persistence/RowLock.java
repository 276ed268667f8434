package org.csip.messaging.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.jpa.SpecHints;

/**
 * Locks the row a change is about to make, in the change's transaction, before the row is read — and waits for it
 * at most {@link #LONGEST_WAIT_MS} all told. lock_timeout bounds each single wait, not the statement: under many
 * changes to one row at once (FaultInjectionIT: thirty progress reports queued on one action while Kafka came back)
 * each holder's commit leaves a new version of the row, every waiter races for it, and one that keeps losing waited a
 * minute in waits of a few seconds each, until the transaction's own timeout ended it with a logged 500. Past the
 * bound the statement is cancelled (SQLState 57014) and the caller told to come back (a 503, PersistenceProblems),
 * before the gateway gives up on the service (10 s).
 */
public final class RowLock {
    /** The longest a change waits for its row, all told: as long as lock_timeout allows a single wait. */
    public static final int LONGEST_WAIT_MS = 8_000;

    private RowLock() {
    }

    /**
     * Locks the row of {@code table} with this id ({@code FOR NO KEY UPDATE}: rows referring to it may still be
     * added) until the transaction ends. Locking through find() would not do: with an eagerly loaded collection
     * Hibernate reads the row, then locks it in a second query and keeps the state it read before the lock, so two
     * changes at once both start from the same version and one fails (ConcurrentProgressTest).
     *
     * @param table one of the service's own table names, never a caller's words
     */
    public static void forChange(EntityManager entityManager, String table, UUID id) {
        entityManager.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = :id FOR NO KEY UPDATE")
                .setParameter("id", id)
                .setHint(SpecHints.HINT_SPEC_QUERY_TIMEOUT, LONGEST_WAIT_MS)
                .getResultList();
    }
}
