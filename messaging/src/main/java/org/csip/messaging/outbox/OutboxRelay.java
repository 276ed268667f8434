package org.csip.messaging.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.metrics.MessagingMetrics;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka in write order: straight after each commit, and on a poll as the safety net.
 * <p>
 * One relay pass at a time per service, across every thread and every replica: a pass first takes the service's
 * relay lock (a PostgreSQL advisory lock held by the pass's own transaction), then hands pending rows to the producer
 * in position order without waiting between them, batch after batch while there is a backlog, and takes each row the
 * broker acknowledges out of the queue of pending events ({@code outbox_pending}) in that transaction, the event rows
 * left as they were written ({@link RelayPass}). Per aggregate, positions follow commit order (the {@link Outbox}
 * numbers an aggregate's events under a row lock), so a single sender keeps every aggregate's events in order on its
 * partition. Claiming rows from several senders at once, even with {@code SKIP LOCKED}, lets one hold an aggregate's
 * earlier event while another sends its later one.
 * There is no leader to elect or lose: a replica that dies mid-pass drops its connection, PostgreSQL ends its
 * transaction and with it the lock, and the next pass of any replica carries on (its sent-but-unmarked rows are sent
 * again: consumers apply an event id once).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The relay lock's key: any fixed number, the same in every replica; advisory locks are per database. */
    public static final long RELAY_LOCK = 0x637369702d6f7574L; // "csip-out"

    private final EntityManager entityManager;
    private final CloudEventPublisher publisher;
    private final OutboxConfig config;
    private final MessagingMetrics metrics;
    private final TransactionManager transactions;
    /**
     * Relays after commit on a thread of its own: not on the request's Vert.x context, whose request scope must stay
     * the request's alone (sharing it ended the scope under a still-running request).
     */
    private final ExecutorService afterCommitRelay = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "csip-outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    /** Hands an aggregate's next row to the producer when its previous one is acknowledged (not on Kafka's thread). */
    private final ExecutorService handOverThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "csip-outbox-hand-over");
        thread.setDaemon(true);
        return thread;
    });
    /** A pass is already queued on the after-commit thread: more commits meanwhile need no pass of their own. */
    private final AtomicBoolean passQueued = new AtomicBoolean();

    public OutboxRelay(EntityManager entityManager, CloudEventPublisher publisher, OutboxConfig config,
                       MessagingMetrics metrics, TransactionManager transactions) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        if (!passQueued.compareAndSet(false, true)) {
            return;
        }
        afterCommitRelay.execute(() -> {
            passQueued.set(false); // a commit from now on queues another pass, so none waits for the poll
            try {
                relay(true);
            } catch (RuntimeException e) {
                LOG.debugf("Relay after commit did not run (%s); the poll will", e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        afterCommitRelay.shutdown();
        handOverThread.shutdown();
    }

    @Scheduled(every = "${csip.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        try {
            relay(false);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox poll did not run (the database unreachable?); the next poll retries: %s", e.toString());
        }
    }

    /**
     * Publishes every pending row, waiting for another relay pass (of this or another replica) to finish first;
     * returns how many this call published.
     */
    public int publishPending() {
        return relay(true);
    }

    /**
     * Passes until nothing is left, each in a transaction of its own that holds the relay lock.
     *
     * @param wait wait for a pass running elsewhere (after a commit: it may have looked before this commit), or give
     *             up at once (the poll: the running pass, or the next poll, will see the rows)
     */
    private int relay(boolean wait) {
        int total = 0;
        Pass pass;
        do {
            pass = QuarkusTransaction.requiringNew().timeout(transactionSeconds())
                    .call(() -> lock(wait) ? publishPass() : Pass.NOT_RUN);
            total += pass.published();
        } while (pass.leftMore());
        return total;
    }

    /** Room for a pass whose sends are waited for until they settle (at most twice the send timeout from its start). */
    private int transactionSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, 30 + 3 * config.sendTimeout().toSeconds());
    }

    private boolean lock(boolean wait) {
        if (wait) {
            entityManager.createNativeQuery("SET LOCAL lock_timeout = '" + config.lockWait().toMillis() + "ms'")
                    .executeUpdate();
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", RELAY_LOCK)
                    .getSingleResult();
            return true;
        }
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
    }

    /** One pass: reads, hands over and marks in this transaction (which holds the relay lock). */
    private Pass publishPass() {
        RelayPass pass = new RelayPass(entityManager, publisher, config, metrics, transactions, handOverThread);
        int published = pass.run();
        return new Pass(published, pass.leftMore());
    }

    /** What a pass did: how many rows it published, and whether it left a backlog for the next pass to take now. */
    private record Pass(int published, boolean leftMore) {
        static final Pass NOT_RUN = new Pass(0, false);
    }

}
