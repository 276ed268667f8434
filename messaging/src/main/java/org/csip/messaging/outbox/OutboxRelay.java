package org.csip.messaging.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.metrics.MessagingMetrics;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka in write order: straight after each commit, and on a poll as the safety net.
 * <p>
 * One relay pass at a time per service, across every thread and every replica: a pass first takes the service's
 * relay lock (a PostgreSQL advisory lock held by the pass's own transaction), then hands a batch of pending rows to
 * the producer in position order without waiting between them, waits for the broker's acknowledgements, and marks
 * those acknowledged (up to the first failure) published in that transaction: out of the queue of pending events
 * ({@code outbox_pending}), the event rows left as they were written. Per aggregate, positions follow commit order
 * (the {@link Outbox} numbers an aggregate's events under a row lock), so a single sender keeps every aggregate's
 * events in order on its partition. Claiming rows from several senders at once, even with
 * {@code SKIP LOCKED}, lets one hold an aggregate's earlier event while another sends its later one.
 * There is no leader to elect or lose: a replica that dies mid-pass drops its connection, PostgreSQL ends its
 * transaction and with it the lock, and the next pass of any replica carries on (its sent-but-unmarked rows are sent
 * again: consumers apply an event id once).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The relay lock's key: any fixed number, the same in every replica; advisory locks are per database. */
    public static final long RELAY_LOCK = 0x637369702d6f7574L; // "csip-out"
    /** How long a pass waits for more acknowledgements before it marks those that came meanwhile. */
    private static final Duration MARK_EVERY = Duration.ofMillis(10);

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
        int published;
        do {
            published = QuarkusTransaction.requiringNew().timeout(transactionSeconds())
                    .call(() -> lock(wait) ? publishBatch() : 0);
            total += published;
        } while (published == config.batchSize());
        return total;
    }

    /** Room for a batch whose sends (all under way at once) are waited for until they settle (at most twice the timeout). */
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

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery("SELECT event.* FROM outbox_pending pending"
                                + " JOIN outbox_event event ON event.position = pending.position"
                                + " ORDER BY pending.position LIMIT :limit", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                // Read only: an event row is never changed, so none is copied and compared at commit.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        // Rows of different aggregates go to the producer at once, so the broker acknowledges them in batches rather
        // than one round trip each. An aggregate's next row is handed over only once its previous one is acknowledged:
        // a failed send can then never let a later event of that aggregate reach Kafka before it.
        // The sends are handed over with the pass's transaction suspended: no send needs it, and none may carry it
        // onto another thread, where it would still be "active" when this thread commits — Narayana then refuses the
        // commit ("Enlisted connection used without active transaction": seen once in a clean-clone run, when sends
        // went through a Reactive Messaging emitter, whose stages captured the caller's context). Nothing touches the
        // database while it is suspended; the relay lock stays held by the transaction's connection.
        AtomicBoolean passOver = new AtomicBoolean();
        Transaction pass = suspend();
        List<CompletableFuture<Void>> sends;
        try {
            sends = handOver(batch, passOver);
        } finally {
            resume(pass);
        }
        int published = markAsAcknowledged(batch, sends, passOver);
        int refused = 0;
        OutboxEvent firstRefused = null;
        String firstRefusal = null;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            Throwable cause = failure(sends.get(i));
            if (cause != null && !(cause instanceof EarlierEventUnsent)) {
                // Left pending, and every later row of its aggregate with it: the next pass sends them in order.
                String error = String.valueOf(cause.getMessage());
                Number attempts = (Number) entityManager.createNativeQuery("UPDATE outbox_pending"
                                + " SET attempts = attempts + 1, last_error = :error WHERE position = :position"
                                + " RETURNING attempts")
                        .setParameter("error", error).setParameter("position", row.position).getSingleResult();
                if (refused++ == 0) {
                    firstRefused = row;
                    firstRefusal = "attempt " + attempts + ": " + error;
                }
            }
        }
        if (firstRefused != null) {
            LOG.warnf("%d outbox event(s) not published yet, left for the next pass with their aggregates' later ones;"
                    + " the first, %s (%s), %s", refused, firstRefused.id, firstRefused.eventType, firstRefusal);
        }
        return published;
    }

    /**
     * Hands the batch's rows to the producer without waiting: each aggregate's first at once, its next when the one
     * before it is acknowledged (on the hand-over thread); each row's send, in order.
     */
    private List<CompletableFuture<Void>> handOver(List<OutboxEvent> batch, AtomicBoolean passOver) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        Map<String, CompletableFuture<Void>> lastOfAggregate = new HashMap<>();
        for (OutboxEvent row : batch) {
            CompletableFuture<Void> before = lastOfAggregate.get(row.aggregateType + "/" + row.aggregateId);
            // Once the pass stops waiting, nothing more is handed over: a row sent after it could race the next
            // pass's copy.
            CompletableFuture<Void> send = before == null ? sendOrFail(row)
                    : before.handleAsync((ack, error) -> error == null && !passOver.get() ? sendOrFail(row)
                            : CompletableFuture.<Void>failedFuture(new EarlierEventUnsent()), handOverThread)
                    .thenCompose(Function.identity());
            lastOfAggregate.put(row.aggregateType + "/" + row.aggregateId, send);
            sends.add(send);
        }
        return sends;
    }

    /**
     * Marks rows published, in the pass's transaction, as the broker acknowledges them — while the rest of the batch
     * is still on its way, so the marking costs the pass no time of its own — until every send has settled; returns
     * how many it marked.
     * <p>
     * Every send is waited for until it has settled, acknowledged or failed, each bounded by the producer (8 s once
     * handed over): a pass that stopped waiting sooner would leave sends under way that land after the next pass has
     * sent the same rows again — copies on Kafka (FaultInjectionIT, Kafka stopped: 117 of 1,031 events when a pass
     * gave up on a whole batch after 25 s). Twice the send timeout is only the bound for a producer that never
     * answers.
     */
    private int markAsAcknowledged(List<OutboxEvent> batch, List<CompletableFuture<Void>> sends,
                                   AtomicBoolean passOver) {
        long deadline = System.nanoTime() + 2 * config.sendTimeout().toNanos();
        boolean[] marked = new boolean[batch.size()];
        int published = 0;
        while (true) {
            List<Long> acknowledged = new ArrayList<>();
            List<CompletableFuture<Void>> unsettled = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                CompletableFuture<Void> send = sends.get(i);
                if (!send.isDone()) {
                    unsettled.add(send);
                } else if (!marked[i] && !send.isCompletedExceptionally()) {
                    marked[i] = true;
                    acknowledged.add(batch.get(i).position);
                    metrics.published(batch.get(i).eventType);
                }
            }
            if (!acknowledged.isEmpty()) {
                // Published: out of the queue. The event row stays as it was written.
                entityManager.createNativeQuery("DELETE FROM outbox_pending WHERE position = ANY(:positions)")
                        .setParameter("positions", acknowledged.toArray(Long[]::new))
                        .executeUpdate();
                published += acknowledged.size();
            }
            long left = deadline - System.nanoTime();
            if (unsettled.isEmpty() || left <= 0) {
                if (!unsettled.isEmpty()) {
                    LOG.warnf("%d outbox send(s) still unsettled after %d s; their rows stay pending",
                            unsettled.size(), 2 * config.sendTimeout().toSeconds());
                }
                passOver.set(true);
                return published;
            }
            try {
                CompletableFuture.allOf(unsettled.stream().map(send -> send.exceptionally(failed -> null))
                        .toArray(CompletableFuture[]::new))
                        .get(Math.min(left, MARK_EVERY.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillUnderWay) {
                // mark what has been acknowledged meanwhile, then wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                passOver.set(true);
                return published;
            }
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("Could not suspend the relay pass's transaction", e);
        }
    }

    private void resume(Transaction pass) {
        try {
            transactions.resume(pass);
        } catch (Exception e) {
            throw new IllegalStateException("Could not resume the relay pass's transaction", e);
        }
    }

    /** Why a settled send failed, or null once the broker acknowledged it; one still under way counts as failed. */
    private static Throwable failure(CompletableFuture<Void> send) {
        if (!send.isDone()) {
            return new TimeoutException("not acknowledged within twice the send timeout");
        }
        try {
            send.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    /** A send that could not even be handed over (the producer refused it at once) fails its stage, not the pass. */
    private CompletableFuture<Void> sendOrFail(OutboxEvent row) {
        try {
            return publisher.send(row);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /** Why a row was not sent: an earlier event of its aggregate was not acknowledged. */
    private static final class EarlierEventUnsent extends RuntimeException {
        EarlierEventUnsent() {
            super("an earlier event of its aggregate was not published", null, false, false);
        }
    }

}
