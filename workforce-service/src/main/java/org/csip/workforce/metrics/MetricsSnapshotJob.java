package org.csip.workforce.metrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.csip.common.security.Agency;
import org.csip.messaging.persistence.ScheduledJob;
import org.csip.workforce.events.EventTypes;
import org.csip.workforce.events.WorkforceEvents;
import org.jboss.logging.Logger;

/**
 * Publishes each agency's month-end workforce measures in each council as {@code csip.metrics.snapshot.v1} (the
 * action-plan-service feeds plan measures from it) — once per council, agency and month: a
 * {@code metrics_snapshot_notice} row commits with the outbox row, so re-runs and a second replica publish nothing more.
 */
@ApplicationScoped
public class MetricsSnapshotJob {
    private static final Logger LOG = Logger.getLogger(MetricsSnapshotJob.class);

    private final MetricsService metrics;
    private final WorkforceEvents events;
    private final EntityManager entityManager;
    private final Clock clock;

    public MetricsSnapshotJob(MetricsService metrics, WorkforceEvents events, EntityManager entityManager, Clock clock) {
        this.metrics = metrics;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(identity = "metrics-snapshot", cron = "${csip.workforce.snapshot-cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void monthly() {
        ScheduledJob.run("metrics-snapshot", () -> publish(LocalDate.now(clock).withDayOfMonth(1).minusDays(1)));
    }

    /** Publishes the snapshot as at {@code monthEnd} for each council and agency with teams not yet published for it. */
    public int publish(LocalDate monthEnd) {
        @SuppressWarnings("unchecked")
        List<Object[]> owners = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT DISTINCT la_code, agency FROM team ORDER BY la_code, agency").getResultList());
        int published = 0;
        for (Object[] owner : owners) {
            if (QuarkusTransaction.requiringNew().call(() -> publishOnce((String) owner[0],
                    Agency.valueOf((String) owner[1]), monthEnd))) {
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("Published %d metrics snapshot(s) as at %s", published, monthEnd);
        }
        return published;
    }

    /** Publishes one agency's snapshot in {@code laCode} as at {@code monthEnd} unless it already was; true when it does. */
    @Transactional
    public boolean publishOnce(String laCode, Agency agency, LocalDate monthEnd) {
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO metrics_snapshot_notice (la_code, agency, as_of, published_at)
                        VALUES (:laCode, :agency, :asOf, now())
                        ON CONFLICT DO NOTHING""")
                .setParameter("laCode", laCode).setParameter("agency", agency.name()).setParameter("asOf", monthEnd)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        WorkforceMetrics figures = metrics.asOf(java.util.Set.of(laCode), agency, null, monthEnd);
        events.publish(EventTypes.METRICS_SNAPSHOT, "metrics", laCode + "/" + agency.alias() + "/" + monthEnd, agency,
                laCode, MetricsSnapshot.of(figures));
        return true;
    }
}
