package org.csip.inspection.intervention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.inspection.config.InterventionConfig;
import org.csip.inspection.events.EventTypes;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;
import org.csip.messaging.persistence.ScheduledJob;
import org.jboss.logging.Logger;

/**
 * Daily: announces {@code review-due} for each open intervention whose next review falls within the
 * notice window — once per intervention and due date, however often it runs and on however many
 * replicas (the notice row and the event commit together; a second insert of the same due date does nothing).
 */
@ApplicationScoped
public class ReviewDueJob {
    private static final Logger LOG = Logger.getLogger(ReviewDueJob.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final InterventionConfig config;

    public ReviewDueJob(EntityManager entityManager, Outbox outbox, Clock clock, InterventionConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "review-due", cron = "${csip.interventions.review-due-cron:0 0 7 * * ?}",
            timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        ScheduledJob.run("review-due", () -> announceDueReviews(LocalDate.now(clock)));
    }

    /** Announces every review due by {@code today} plus the window not yet announced; returns how many it announced. */
    public int announceDueReviews(LocalDate today) {
        LocalDate horizon = today.plusDays(config.reviewDueWithinDays());
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select i.id from Intervention i where i.endDate is null order by i.startDate", UUID.class)
                .getResultList());
        int announced = 0;
        for (UUID id : open) {
            if (QuarkusTransaction.requiringNew().call(() -> announceIfDue(id, today, horizon))) {
                announced++;
            }
        }
        if (announced > 0) {
            LOG.infof("Announced %d intervention review(s) due by %s", announced, horizon);
        }
        return announced;
    }

    private boolean announceIfDue(UUID id, LocalDate today, LocalDate horizon) {
        Intervention intervention = Intervention.findById(id);
        if (intervention == null || !intervention.isOpen()) {
            return false;
        }
        LocalDate lastReview = InterventionReview.lastReviewDate(intervention.id);
        LocalDate due = intervention.nextReviewDue(lastReview);
        if (due.isAfter(horizon)) {
            return false;
        }
        int inserted = entityManager.createNativeQuery("INSERT INTO review_due_notice"
                        + " (intervention_id, due_date, announced_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, intervention.id)
                .setParameter(2, due)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.append(new DomainEvent(EventTypes.INTERVENTION_REVIEW_DUE, "intervention", intervention.id.toString(),
                intervention.laCode, null, new ReviewDue(intervention.id, intervention.laCode, intervention.type, due,
                        lastReview, intervention.adviser, today)));
        return true;
    }
}
