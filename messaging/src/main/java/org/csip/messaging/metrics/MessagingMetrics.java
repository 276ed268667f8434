package org.csip.messaging.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The messaging figures an operator watches on {@code /q/metrics}: events published and consumed by type, and the
 * outbox backlog (rows committed but not yet on Kafka, and how long the oldest has waited), which grows when the
 * broker is unreachable; the size of the outbox and the inbox tables (kept down by pruning) and what pruning deleted.
 * Kafka's own client metrics add the consumer lag per partition.
 */
@ApplicationScoped
public class MessagingMetrics {
    private static final Logger LOG = Logger.getLogger(MessagingMetrics.class);
    private static final List<String> TABLES = List.of("outbox_event", "processed_event");

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    /** Per message-log table: bytes on disk (with indexes) and PostgreSQL's estimate of its rows. */
    private final Map<String, AtomicLong> tableBytes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> tableRows = new ConcurrentHashMap<>();
    /** Each event type's published counter, looked up once: the relay counts every event it publishes. */
    private final Map<String, Counter> publishedByType = new ConcurrentHashMap<>();

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
        for (String table : TABLES) {
            Gauge.builder("csip.messaging.table.size", tableBytes.computeIfAbsent(table, t -> new AtomicLong()),
                            AtomicLong::get)
                    .description("Bytes a message-log table takes, indexes included").baseUnit("bytes")
                    .tag("table", table).register(registry);
            Gauge.builder("csip.messaging.table.rows", tableRows.computeIfAbsent(table, t -> new AtomicLong()),
                            AtomicLong::get)
                    .description("Rows of a message-log table, as PostgreSQL estimates them (no count over the table)")
                    .tag("table", table).register(registry);
        }
    }

    /** Rows the pruning job deleted from a message-log table. */
    public void pruned(String table, long rows) {
        Counter.builder("csip.messaging.pruned").description("Message-log rows deleted once past their retention")
                .tag("table", table).register(registry).increment(rows);
    }

    /** One event the broker acknowledged. */
    public void published(String eventType) {
        publishedByType.computeIfAbsent(eventType, type -> Counter.builder("csip.events.published")
                .description("Events this service published to Kafka").tag("type", type).register(registry))
                .increment();
    }

    /** One event read from a topic: applied the first time, a duplicate when the consumer message log had it. */
    public void consumed(String topic, String eventType, boolean applied) {
        consumed(topic, eventType, applied ? "applied" : "duplicate");
    }

    /** One record of a topic that could not be applied and is now on the dead-letter topic (an operator looks). */
    public void deadLettered(String topic, String eventType) {
        consumed(topic, eventType, "dead-lettered");
    }

    private void consumed(String topic, String eventType, String outcome) {
        Counter.builder("csip.events.consumed").description("Events this service read from Kafka and applied once")
                .tag("topic", topic).tag("type", eventType).tag("outcome", outcome)
                .register(registry).increment();
    }

    /**
     * Re-reads the backlog (a count of the relay's queue), not on every scrape. One refresh at a
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
                            + "FROM outbox_pending pending JOIN outbox_event event USING (position)")
                    .getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestPendingSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
            @SuppressWarnings("unchecked")
            List<Object[]> sizes = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT relname, pg_total_relation_size(oid), greatest(reltuples, 0) FROM pg_class "
                            + "WHERE relname IN ('outbox_event', 'processed_event') AND relkind = 'r' "
                            + "AND pg_table_is_visible(oid)").getResultList());
            for (Object[] size : sizes) {
                tableBytes.get((String) size[0]).set(((Number) size[1]).longValue());
                tableRows.get((String) size[0]).set(((Number) size[2]).longValue());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox backlog not read this time: %s", e.toString());
        }
    }
}
