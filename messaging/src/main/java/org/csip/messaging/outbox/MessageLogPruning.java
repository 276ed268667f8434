package org.csip.messaging.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.metrics.MessagingMetrics;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the inbox (consumer message log) from growing for ever: published events that occurred before
 * the retention, and inbox entries older than it, are deleted, a small batch per transaction. Safe with replicas: each
 * batch takes rows no other pruner holds ({@code SKIP LOCKED}), and an event still in the relay's queue is never
 * touched. An inbox entry older than the retention guards nothing any more: its event is long behind every consumer's
 * committed offset, and a read model also refuses an event older than the one it holds.
 */
@ApplicationScoped
public class MessageLogPruning {
    private static final Logger LOG = Logger.getLogger(MessageLogPruning.class);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final MessagingMetrics metrics;

    public MessageLogPruning(EntityManager entityManager, OutboxConfig config, MessagingMetrics metrics) {
        this.entityManager = entityManager;
        this.config = config;
        this.metrics = metrics;
    }

    @Scheduled(every = "${csip.outbox.prune-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            prune();
        } catch (RuntimeException e) {
            LOG.warnf("Pruning the message logs did not finish (the database unreachable?); the next run retries: %s",
                    e.toString());
        }
    }

    /** What one pruning run deleted. */
    public record Pruned(long outboxRows, long inboxEntries) {
    }

    /** Deletes everything past the retention, batch by batch. */
    public Pruned prune() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        long outbox = deleteAll("outbox_event", """
                DELETE FROM outbox_event WHERE id IN (
                    SELECT id FROM outbox_event event WHERE occurred_at < :cutoff
                    AND NOT EXISTS (SELECT 1 FROM outbox_pending pending WHERE pending.position = event.position)
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""", cutoff);
        long inbox = deleteAll("processed_event", """
                DELETE FROM processed_event WHERE event_id IN (
                    SELECT event_id FROM processed_event WHERE processed_at < :cutoff
                    LIMIT :batch FOR UPDATE SKIP LOCKED)""", cutoff);
        if (outbox + inbox > 0) {
            LOG.infof("Pruned %d published outbox row(s) and %d inbox entr(ies) older than %s", outbox, inbox, cutoff);
        }
        return new Pruned(outbox, inbox);
    }

    private long deleteAll(String table, String sql, OffsetDateTime cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                    .setParameter("cutoff", cutoff).setParameter("batch", config.pruneBatchSize()).executeUpdate());
            total += deleted;
            metrics.pruned(table, deleted);
        } while (deleted == config.pruneBatchSize());
        return total;
    }
}
