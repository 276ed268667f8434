package org.csip.messaging.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.metrics.MessagingMetrics;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka in write order: straight after each commit, and on a poll as the
 * safety net. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay at once
 * without publishing a row twice; a row is marked published only after the broker acknowledged it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final CloudEventPublisher publisher;
    private final OutboxConfig config;
    private final MessagingMetrics metrics;
    /**
     * Relays after commit on a thread of its own: not on the request's Vert.x context, whose request scope
     * must stay the request's alone (sharing it ended the scope under a still-running request), and one
     * pass at a time, so this replica sends rows in order.
     */
    private final ExecutorService afterCommitRelay = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "csip-outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(EntityManager entityManager, CloudEventPublisher publisher, OutboxConfig config,
                       MessagingMetrics metrics) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        afterCommitRelay.execute(() -> {
            try {
                publishPending();
            } catch (RuntimeException e) {
                LOG.warnf("Relay after commit failed; the poll will retry: %s", e.getMessage());
            }
        });
    }

    @PreDestroy
    void stop() {
        afterCommitRelay.shutdown();
    }

    @Scheduled(every = "${csip.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        publishPending();
    }

    /** Publishes every pending row; returns how many were published. */
    public int publishPending() {
        int total = 0;
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            total += published;
        } while (published == config.batchSize());
        return total;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE status = 'PENDING' ORDER BY position "
                                + "LIMIT :limit FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        int published = 0;
        for (OutboxEvent row : batch) {
            try {
                publisher.publish(row);
            } catch (RuntimeException e) {
                // Stop at the first failure so later events of the same aggregate are not sent before it.
                row.attempts++;
                row.lastError = String.valueOf(e.getMessage());
                LOG.warnf("Outbox event %s (%s) not published yet, attempt %d: %s",
                        row.id, row.eventType, row.attempts, e.getMessage());
                break;
            }
            row.status = OutboxEvent.Status.PUBLISHED;
            row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            metrics.published(row.eventType);
            published++;
        }
        return published;
    }
}
