package org.csip.messaging.outbox;

import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.metrics.MessagingMetrics;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * One relay pass, inside a transaction that holds the relay lock: reads pending rows in outbox order, hands them to
 * the producer (an aggregate's next row only once its previous one is acknowledged), takes each acknowledged row out
 * of the queue as its acknowledgement comes, and records why a refused row is still there.
 * <p>
 * A pass with a backlog before it does not stop at one batch: once less than a batch of its sends is still under
 * way it reads the next batch and chains each row behind its aggregate's last, so the broker always has work and
 * no aggregate waits for the slowest of the others (the pass used to end at each batch: about half the relay's time
 * went between the last send of one batch and the first of the next; docs/performance.md, scenario 3). It stops
 * reading once a read finds less than a batch, a send has failed, or it has read {@code csip.outbox.rows-per-pass}.
 */
final class RelayPass {
    private static final Logger LOG = Logger.getLogger(RelayPass.class);
    /** How long the pass waits for more acknowledgements before it marks those that came meanwhile. */
    private static final Duration MARK_EVERY = Duration.ofMillis(10);

    private final EntityManager entityManager;
    private final CloudEventPublisher publisher;
    private final OutboxConfig config;
    private final MessagingMetrics metrics;
    private final TransactionManager transactions;
    private final Executor handOverThread;

    /** Every row this pass has read, in the order it handed them over (null once published), and each one's send. */
    private final List<OutboxEvent> rows = new ArrayList<>();
    private final List<CompletableFuture<Void>> sends = new ArrayList<>();
    private final Set<Long> read = new HashSet<>();
    private final Map<String, CompletableFuture<Void>> lastOfAggregate = new HashMap<>();
    /**
     * Sends not yet settled; the last to settle wakes the pass's thread (one wake-up each settling would cost the relay
     * more CPU than its sends).
     */
    private final AtomicInteger underWay = new AtomicInteger();
    private Thread passThread;
    /** Once set, nothing more is handed over: a row sent after the pass stopped waiting could race the next pass. */
    private final AtomicBoolean over = new AtomicBoolean();
    /** The last read found less than a batch: the queue was empty behind it. */
    private boolean drained;
    /** A send failed, or had not settled when the pass stopped waiting: no more reads, and no pass follows at once. */
    private boolean refused;
    private int published;

    RelayPass(EntityManager entityManager, CloudEventPublisher publisher, OutboxConfig config,
              MessagingMetrics metrics, TransactionManager transactions, Executor handOverThread) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
        this.transactions = transactions;
        this.handOverThread = handOverThread;
    }

    /** Runs the pass in the caller's transaction; returns how many rows it published (took out of the queue). */
    int run() {
        long deadline = System.nanoTime() + 2 * config.sendTimeout().toNanos();
        passThread = Thread.currentThread();
        readAndHandOver();
        markAsAcknowledged(deadline);
        recordRefusals();
        return published;
    }

    /** Whether rows may be left in the queue that another pass should take now (not the poll later). */
    boolean leftMore() {
        return !drained && !refused;
    }

    /**
     * Reads the next batch of pending rows in outbox order, leaving out those this pass has read already (still under
     * way, or refused), and hands them over.
     * <p>
     * Each read starts from the head of the queue, not after the last row read: a row numbered before that one may
     * have committed since (positions are handed out at insert), and a later event of its aggregate with it, which
     * must not go out first. An aggregate's events commit in the order of their positions (the {@link Outbox} numbers
     * them under a row lock), so a read that sees an aggregate's event sees its earlier ones too.
     */
    private void readAndHandOver() {
        List<OutboxEvent> batch = read.isEmpty() ? head() : nextAfterWhatThePassHas();
        // The pass reads rows to send them, never to change them: the persistence context lets go of them at once.
        // Kept there, every statement of the pass flushed first, walking every row read so far (a fifth of the
        // service's CPU while it relayed a backlog), and the rows lived until the commit, long enough to be copied
        // into the old generation and collected there (a quarter more; docs/performance.md, scenario 3).
        entityManager.clear();
        drained = batch.size() < config.batchSize();
        if (batch.isEmpty()) {
            return;
        }
        // The sends are handed over with the pass's transaction suspended: no send needs it, and none may carry it
        // onto another thread, where it would still be "active" when this thread commits — Narayana then refuses the
        // commit ("Enlisted connection used without active transaction": seen once in a clean-clone run, when sends
        // went through a Reactive Messaging emitter, whose stages captured the caller's context). Nothing touches the
        // database while it is suspended; the relay lock stays held by the transaction's connection.
        Transaction pass = suspend();
        try {
            handOver(batch);
        } finally {
            resume(pass);
        }
    }

    /** The pass's first batch: the head of the queue in one statement (a pass after one commit reads only this). */
    @SuppressWarnings("unchecked")
    private List<OutboxEvent> head() {
        return entityManager.createNativeQuery("SELECT event.* FROM outbox_pending pending"
                        + " JOIN outbox_event event ON event.position = pending.position"
                        + " ORDER BY pending.position LIMIT :limit", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                // Read only: an event row is never changed, so none is copied and compared at commit.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /**
     * The next batch: the queue's head again, past the rows this pass has read and not yet taken out of it (first only
     * their positions, then the events of the rest).
     */
    @SuppressWarnings("unchecked")
    private List<OutboxEvent> nextAfterWhatThePassHas() {
        List<Number> head = entityManager.createNativeQuery(
                        "SELECT position FROM outbox_pending ORDER BY position LIMIT :limit")
                .setParameter("limit", read.size() - published + config.batchSize())
                .getResultList();
        Long[] fresh = head.stream().map(Number::longValue).filter(position -> !read.contains(position))
                .toArray(Long[]::new);
        if (fresh.length == 0) {
            return List.of();
        }
        return entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE position = ANY(:positions) ORDER BY position",
                        OutboxEvent.class)
                .setParameter("positions", fresh)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /**
     * Hands the rows to the producer without waiting: an aggregate's row at once when nothing of its aggregate is under
     * way in this pass, else when the one before it is acknowledged (on the hand-over thread). Rows of different
     * aggregates go out together, so the broker acknowledges them in batches rather than one round trip each; a failed
     * send can never let a later event of its aggregate reach Kafka before it.
     */
    private void handOver(List<OutboxEvent> batch) {
        for (OutboxEvent row : batch) {
            String aggregate = row.aggregateType + "/" + row.aggregateId;
            CompletableFuture<Void> before = lastOfAggregate.get(aggregate);
            CompletableFuture<Void> send = before == null ? sendOrFail(row)
                    : before.handleAsync((ack, error) -> error == null && !over.get() ? sendOrFail(row)
                            : CompletableFuture.<Void>failedFuture(new EarlierEventUnsent()), handOverThread)
                    .thenCompose(Function.identity());
            lastOfAggregate.put(aggregate, send);
            underWay.incrementAndGet();
            send.whenComplete((ack, error) -> {
                if (underWay.decrementAndGet() == 0) {
                    LockSupport.unpark(passThread);
                }
            });
            rows.add(row);
            sends.add(send);
            read.add(row.position);
        }
    }

    /**
     * Takes rows out of the queue, in the pass's transaction, as the broker acknowledges them, and reads on while
     * there is a backlog, until every send has settled.
     * <p>
     * Every send is waited for until it has settled, acknowledged or failed, each bounded by the producer (8 s once
     * handed over): a pass that stopped waiting sooner would leave sends under way that land after the next pass has
     * sent the same rows again — copies on Kafka (FaultInjectionIT, Kafka stopped: 117 of 1,031 events when a pass
     * gave up on a whole batch after 25 s). Twice the send timeout is only the bound for a producer that never
     * answers.
     */
    private void markAsAcknowledged(long deadline) {
        BitSet looked = new BitSet();
        int firstUnsettled = 0;
        while (true) {
            List<Long> acknowledged = new ArrayList<>();
            int unsettled = 0;
            for (int i = firstUnsettled; i < sends.size(); i++) {
                CompletableFuture<Void> send = sends.get(i);
                if (!send.isDone()) {
                    unsettled++;
                    continue;
                }
                if (!looked.get(i)) {
                    looked.set(i);
                    if (send.isCompletedExceptionally()) {
                        refused = true;
                    } else {
                        acknowledged.add(rows.get(i).position);
                        metrics.published(rows.get(i).eventType);
                        rows.set(i, null); // published: nothing more of it is needed, so nothing keeps it
                    }
                }
                if (i == firstUnsettled) {
                    firstUnsettled++;
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
            // Reads on only while what it reads has a send timeout's time left to settle before the pass stops waiting.
            if (!over.get() && !drained && !refused && read.size() < config.rowsPerPass()
                    && unsettled < config.batchSize() && left > config.sendTimeout().toNanos()) {
                readAndHandOver();
                continue;
            }
            if (unsettled == 0 || left <= 0) {
                if (unsettled > 0) {
                    refused = true; // counted as refusals below; the poll, not another pass at once, tries them again
                    LOG.warnf("%d outbox send(s) still unsettled after %d s; their rows stay pending",
                            unsettled, 2 * config.sendTimeout().toSeconds());
                }
                over.set(true);
                return;
            }
            if (underWay.get() > 0) {
                // Until every send still under way has settled, or MARK_EVERY has passed: then mark what has come.
                LockSupport.parkNanos(this, Math.min(left, MARK_EVERY.toNanos()));
            }
            if (Thread.currentThread().isInterrupted()) {
                over.set(true);
                return;
            }
        }
    }

    /**
     * Counts each refused row's attempt and keeps the broker's reason with it: left pending, and every later row of
     * its aggregate with it (never sent), for the next pass to send in order.
     */
    private void recordRefusals() {
        int refusals = 0;
        OutboxEvent firstRefused = null;
        String firstRefusal = null;
        for (int i = 0; i < rows.size(); i++) {
            Throwable cause = failure(sends.get(i));
            if (cause != null && !(cause instanceof EarlierEventUnsent)) {
                OutboxEvent row = rows.get(i);
                String error = String.valueOf(cause.getMessage());
                Number attempts = (Number) entityManager.createNativeQuery("UPDATE outbox_pending"
                                + " SET attempts = attempts + 1, last_error = :error WHERE position = :position"
                                + " RETURNING attempts")
                        .setParameter("error", error).setParameter("position", row.position).getSingleResult();
                if (refusals++ == 0) {
                    firstRefused = row;
                    firstRefusal = "attempt " + attempts + ": " + error;
                }
            }
        }
        if (firstRefused != null) {
            LOG.warnf("%d outbox event(s) not published yet, left for the next pass with their aggregates' later ones;"
                    + " the first, %s (%s), %s", refusals, firstRefused.id, firstRefused.eventType, firstRefusal);
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
        } catch (RuntimeException refusedAtOnce) {
            return CompletableFuture.failedFuture(refusedAtOnce);
        }
    }

    /** Why a row was not sent: an earlier event of its aggregate was not acknowledged. */
    private static final class EarlierEventUnsent extends RuntimeException {
        EarlierEventUnsent() {
            super("an earlier event of its aggregate was not published", null, false, false);
        }
    }
}
