package org.csip.actionplan.action;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.events.EventTypes;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;
import org.csip.messaging.persistence.ScheduledJob;
import org.jboss.logging.Logger;

/**
 * Daily: announces {@code csip.action.overdue.v1} for each open action past its due date — once per action
 * and due date (docs/domain.md §2), however often it runs and on however many replicas: the notice row and the
 * event commit together, and a second insert of the same pair does nothing.
 */
@ApplicationScoped
public class OverdueJob {
    private static final Logger LOG = Logger.getLogger(OverdueJob.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public OverdueJob(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(identity = "action-overdue", cron = "${csip.actions.overdue-cron:0 30 6 * * ?}",
            timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        ScheduledJob.run("action-overdue", () -> announceOverdue(LocalDate.now(clock)));
    }

    /** Announces every action overdue on {@code today} not yet announced for its due date; returns how many. */
    public int announceOverdue(LocalDate today) {
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select a.id from Action a where a.status in ?1 and a.dueDate < ?2", UUID.class)
                .setParameter(1, ActionStatus.OPEN)
                .setParameter(2, today).getResultList());
        int announced = 0;
        for (UUID id : candidates) {
            if (QuarkusTransaction.requiringNew().call(() -> announceIfOverdue(id, today))) {
                announced++;
            }
        }
        if (announced > 0) {
            LOG.infof("Announced %d overdue action(s)", announced);
        }
        return announced;
    }

    private boolean announceIfOverdue(UUID id, LocalDate today) {
        Action action = Action.findById(id);
        if (action == null || !action.isOverdue(today)) {
            return false;
        }
        int inserted = entityManager.createNativeQuery("INSERT INTO action_overdue_notice (action_id, due_date,"
                        + " announced_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, action.id).setParameter(2, action.dueDate)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.append(new DomainEvent(EventTypes.ACTION_OVERDUE, "action", action.id.toString(), action.laCode,
                action.leadAgency.name(), new ActionOverdue(action.id, action.planId, action.laCode, action.leadAgency,
                        action.title, action.owner, action.dueDate, action.originalDueDate,
                        ChronoUnit.DAYS.between(action.dueDate, today), action.status, action.rag, today)));
        return true;
    }
}
