package org.csip.actionplan.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.csip.actionplan.config.DeadlineConfig;
import org.csip.actionplan.events.EventTypes;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;
import org.csip.messaging.persistence.ScheduledJob;
import org.jboss.logging.Logger;

/**
 * Daily: announces {@code csip.deadline.approaching.v1} for each owed deadline falling due within the configured
 * days, and {@code csip.deadline.missed.v1} for each recently missed — once per deadline, due date and notice,
 * however often it runs and on however many replicas: the notice row and the event commit together, and a second
 * insert of the same notice does nothing. Rules another event already announces (the adviser's reviews) and
 * inspectorates' expected dates are not announced.
 */
@ApplicationScoped
public class DeadlineJob {
    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DeadlineService deadlines;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final DeadlineConfig config;
    private final Clock clock;

    public DeadlineJob(DeadlineService deadlines, EntityManager entityManager, Outbox outbox, DeadlineConfig config,
                       Clock clock) {
        this.deadlines = deadlines;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "deadline-notices", cron = "${csip.deadlines.cron:0 45 6 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        ScheduledJob.run("deadline-notices", () -> announce(LocalDate.now(clock.withZone(UK))));
    }

    /** Announces what is approaching or missed on {@code today} and not yet announced; returns how many. */
    public int announce(LocalDate today) {
        List<Deadline> owed = QuarkusTransaction.requiringNew().call(() -> deadlines.of(councils(), today)).stream()
                .filter(d -> d.kind() == DeadlineRule.Kind.DUE && d.dueDate() != null && announcedHere(d))
                .toList();
        int announced = 0;
        for (Deadline deadline : owed) {
            String notice = notice(deadline, today);
            if (notice != null && QuarkusTransaction.requiringNew().call(() -> announceOnce(deadline, notice, today))) {
                announced++;
            }
        }
        if (announced > 0) {
            LOG.infof("Announced %d deadline notice(s)", announced);
        }
        return announced;
    }

    private String notice(Deadline deadline, LocalDate today) {
        if (deadline.status() == DeadlineStatus.DUE && deadline.daysLeft() <= config.approachingWithinDays()) {
            return "APPROACHING";
        }
        if (deadline.status() == DeadlineStatus.MISSED && -deadline.daysLeft() <= config.missedWithinDays()) {
            return "MISSED";
        }
        return null;
    }

    private boolean announceOnce(Deadline deadline, String notice, LocalDate today) {
        int inserted = entityManager.createNativeQuery("INSERT INTO deadline_notice (deadline_key, due_date, notice,"
                        + " announced_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, deadline.key()).setParameter(2, deadline.dueDate()).setParameter(3, notice)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        String agency = switch (deadline.owner()) {
            case COUNCIL, POLICE, HEALTH -> deadline.owner().name();
            default -> null;
        };
        outbox.append(new DomainEvent("APPROACHING".equals(notice) ? EventTypes.DEADLINE_APPROACHING
                : EventTypes.DEADLINE_MISSED, "deadline", subject(deadline).toString(), deadline.laCode(), agency,
                DeadlineNoticed.of(deadline, today), deadline.laCode() == null ? deadline.councils() : java.util.Set.of()));
        return true;
    }

    /** Keyed by the record it follows (the key itself is longer than an aggregate id may be). */
    private static java.util.UUID subject(Deadline deadline) {
        return deadline.interventionId() != null ? deadline.interventionId() : deadline.inspectionId();
    }

    private static boolean announcedHere(Deadline deadline) {
        return DeadlineRules.all().stream().filter(r -> r.code().equals(deadline.rule()))
                .allMatch(r -> r.announcedBy() == null);
    }

    @SuppressWarnings("unchecked")
    private List<String> councils() {
        return entityManager.createNativeQuery("SELECT unnest(councils) FROM known_inspection UNION"
                + " SELECT la_code FROM known_intervention").getResultList();
    }
}
