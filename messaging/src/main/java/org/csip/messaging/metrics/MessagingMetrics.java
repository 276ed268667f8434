package org.csip.messaging.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The messaging figures an operator watches on {@code /q/metrics}: events published and consumed by type, and the
 * outbox backlog (rows committed but not yet on Kafka, and how long the oldest has waited), which grows when the
 * broker is unreachable. Kafka's own client metrics add the consumer lag per partition.
 */
@ApplicationScoped
public class MessagingMetrics {
    private static final Logger LOG = Logger.getLogger(MessagingMetrics.class);

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public MessagingMetrics(MeterRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
        Gauge.builder("csip.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events committed but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("csip.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get)
                .description("Seconds the oldest unpublished outbox event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** One event the broker acknowledged. */
    public void published(String eventType) {
        Counter.builder("csip.events.published").description("Events this service published to Kafka")
                .tag("type", eventType).register(registry).increment();
    }

    /** One event read from a topic: applied the first time, a duplicate when the consumer message log had it. */
    public void consumed(String topic, String eventType, boolean applied) {
        Counter.builder("csip.events.consumed").description("Events this service read from Kafka and applied once")
                .tag("topic", topic).tag("type", eventType).tag("outcome", applied ? "applied" : "duplicate")
                .register(registry).increment();
    }

    /**
     * Re-reads the backlog (a count over the partial index of pending rows), not on every scrape. One refresh at a
     * time, so a slower one cannot overwrite a newer reading with an older one.
     */
    @Scheduled(every = "${csip.outbox.metrics-interval:15s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public synchronized void refreshBacklog() {
        try {
            // Both figures in one query, the age worked out in SQL (0 when nothing waits).
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "SELECT count(*), coalesce(floor(extract(epoch FROM now() - min(occurred_at))), 0) "
                            + "FROM outbox_event WHERE status = 'PENDING'").getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestPendingSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
        } catch (RuntimeException e) {
            LOG.warnf("Outbox backlog not read this time: %s", e.toString());
        }
    }
}
