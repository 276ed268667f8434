package org.csip.actionplan.action;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.csip.common.security.Agency;
import org.jboss.logging.Logger;

/**
 * {@code csip_actions_overdue{lead_agency}} on /q/metrics: open actions past their due date, per lead agency, so
 * an operator's dashboard (and an alert) shows a partner's plan slipping without anyone opening the service.
 */
@ApplicationScoped
public class OverdueActionsGauge {
    private final EntityManager entityManager;
    private final Clock clock;
    private static final Logger LOG = Logger.getLogger(OverdueActionsGauge.class);

    private final Map<Agency, AtomicLong> overdue = new EnumMap<>(Agency.class);
    /** Set as the service begins to stop, before its database pool closes. */
    private volatile boolean stopping;

    public OverdueActionsGauge(EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = clock;
        for (Agency agency : Agency.values()) {
            AtomicLong count = new AtomicLong();
            overdue.put(agency, count);
            Gauge.builder("csip.actions.overdue", count, AtomicLong::get)
                    .description("Open actions past their due date, by lead agency")
                    .tag("lead_agency", agency.name())
                    .register(registry);
        }
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Counts again (one grouped query, one refresh at a time); between refreshes a scrape reads the last counts. */
    @Scheduled(every = "${csip.actions.metrics-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public synchronized void refresh() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows;
        try {
            // SQL, not HQL: run 5 s after start, an HQL query would load Hibernate's HQL parser into a service that
            // has yet to serve anything (about 660 classes and 14 MB of resident memory, docs/performance.md §5).
            rows = QuarkusTransaction.requiringNew().call(() -> castRows(entityManager.createNativeQuery(
                            "SELECT lead_agency, count(*) FROM action WHERE status IN (:open) AND due_date < :today "
                                    + "GROUP BY lead_agency")
                    .setParameter("open", ActionStatus.OPEN.stream().map(Enum::name).toList())
                    .setParameter("today", today).getResultList()));
        } catch (RuntimeException e) {
            if (stopping) {
                // A refresh that began just before a stop (SIGTERM) meets the database pool closing: nothing lost.
                LOG.infof("Overdue actions not recounted: the service is stopping (%s)", e.getMessage());
                return;
            }
            throw e;
        }
        Map<Agency, Long> counts = new EnumMap<>(Agency.class);
        rows.stream().filter(row -> row[0] != null)
                .forEach(row -> counts.put(Agency.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        overdue.forEach((agency, count) -> count.set(counts.getOrDefault(agency, 0L)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> castRows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
