package org.csip.actionplan.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.board.BoardMeeting;
import org.csip.actionplan.board.Decision;
import org.csip.actionplan.config.NotificationConfig;
import org.csip.actionplan.deadline.Deadline;
import org.csip.actionplan.deadline.DeadlineRule;
import org.csip.actionplan.deadline.DeadlineService;
import org.csip.actionplan.deadline.DeadlineStatus;
import org.csip.actionplan.knowninspection.KnownIntervention;
import org.csip.actionplan.plan.Plan;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.security.Agency;
import org.csip.common.security.Roles;
import org.csip.messaging.persistence.ScheduledJob;
import org.jboss.logging.Logger;

/**
 * Daily: composes each subscriber's messages into the mail outbox — an action owner's digest of their agency's
 * actions due within 14 days and overdue (every working day, or once a week), a warning of each statutory deadline
 * their agency or the partnership owes, the board's monthly pack, the adviser's review reminders — once per person,
 * kind and period whatever replica or re-run composes it (the outbox's unique key). Only what the person may see:
 * their councils, their agency's actions. Nothing about a child: actions, dates and owners' roles only.
 */
@ApplicationScoped
public class MailComposer {
    private static final Logger LOG = Logger.getLogger(MailComposer.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final EntityManager entityManager;
    private final DeadlineService deadlines;
    private final NotificationConfig config;
    private final LocalAuthorityRegister register;
    private final Template html;
    private final Template text;
    private final Clock clock;

    public MailComposer(EntityManager entityManager, DeadlineService deadlines, NotificationConfig config,
                        LocalAuthorityRegister register, @Location("mail/message.html") Template html,
                        @Location("mail/message.txt") Template text, Clock clock) {
        this.entityManager = entityManager;
        this.deadlines = deadlines;
        this.config = config;
        this.register = register;
        this.html = html;
        this.text = text;
        this.clock = clock;
    }

    @Scheduled(identity = "mail-compose", cron = "${csip.notifications.compose-cron:0 15 7 * * ?}",
            timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        ScheduledJob.run("mail-compose", () -> compose(LocalDate.now(clock.withZone(UK))));
    }

    /** Composes what is due on {@code today} and not yet composed; returns how many messages it queued. */
    public int compose(LocalDate today) {
        List<String> subjects = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select s.subject from Subscriber s where s.frequency <> ?1", String.class)
                .setParameter(1, Frequency.OFF).getResultList());
        int queued = 0;
        for (String subject : subjects) {
            queued += QuarkusTransaction.requiringNew().call(() -> composeFor(subject, today));
        }
        if (queued > 0) {
            LOG.infof("Composed %d message(s)", queued);
        }
        return queued;
    }

    private int composeFor(String subject, LocalDate today) {
        Subscriber person = Subscriber.findById(subject);
        if (person == null || person.frequency == Frequency.OFF) {
            return 0;
        }
        Set<String> councils = person.councilSet();
        int queued = 0;
        if (person.agency != null && (person.hasRole(Roles.ACTION_OWNER) || person.hasRole(Roles.PLAN_EDITOR))) {
            queued += digest(person, councils, today);
        }
        if (person.agency != null) {
            queued += deadlineWarnings(person, councils, today);
        }
        if (person.hasRole(Roles.BOARD_MEMBER)) {
            queued += boardPack(person, councils, today);
        }
        if (person.hasRole(Roles.IMPROVEMENT_ADVISER)) {
            queued += reviewReminders(person, councils, today);
        }
        return queued;
    }

    private int digest(Subscriber person, Set<String> councils, LocalDate today) {
        boolean weekday = today.getDayOfWeek() != DayOfWeek.SATURDAY && today.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (person.frequency == Frequency.DAILY && !weekday) {
            return 0;
        }
        String period = person.frequency == Frequency.DAILY ? today.toString()
                : today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Agency agency = Agency.valueOf(person.agency);
        List<Action> actions = Action.list("laCode in ?1 and leadAgency = ?2 and status in ?3 and dueDate <= ?4"
                + " order by dueDate, title", councils, agency, ActionStatus.OPEN, today.plusDays(config.withinDays()));
        if (actions.isEmpty()) {
            return 0;
        }
        List<MailModel.Line> overdue = new ArrayList<>();
        List<MailModel.Line> soon = new ArrayList<>();
        for (Action action : actions) {
            long days = ChronoUnit.DAYS.between(today, action.dueDate);
            String detail = councilName(action.laCode) + ". Owner: " + action.owner + ". Due " + action.dueDate.format(SHORT)
                    + (days < 0 ? " — " + -days + " day" + (-days == 1 ? "" : "s") + " overdue."
                    : days == 0 ? " — today." : " — in " + days + " day" + (days == 1 ? "" : "s") + ".");
            (days < 0 ? overdue : soon).add(new MailModel.Line(action.title, detail, days < 0));
        }
        String agencyWords = agencyWords(agency);
        MailModel model = new MailModel("Your actions: " + overdue.size() + " overdue, " + soon.size()
                + " due in the next " + config.withinDays() + " days", "Dear " + name(person) + ",",
                "These are the improvement plan actions " + agencyWords + " leads, as at " + today.format(DAY) + ".",
                List.of(new MailModel.Part("Overdue", overdue, "No action is overdue."),
                        new MailModel.Part("Due in the next " + config.withinDays() + " days", soon,
                                "No action falls due in the next " + config.withinDays() + " days.")),
                "Report progress on your actions", config.dashboardUrl() + "/#my-actions", null, null);
        return queue(person, MailKind.DIGEST, period, model.title(), model);
    }

    private int deadlineWarnings(Subscriber person, Set<String> councils, LocalDate today) {
        int queued = 0;
        for (Deadline deadline : deadlines.of(councils, today)) {
            boolean theirs = deadline.owner().name().equals(person.agency)
                    || deadline.owner() == DeadlineRule.Owner.PARTNERSHIP;
            if (!theirs || deadline.kind() != DeadlineRule.Kind.DUE || deadline.status() != DeadlineStatus.DUE
                    || deadline.daysLeft() > config.withinDays()) {
                continue;
            }
            String when = deadline.daysLeft() == 0 ? "today" : "in " + deadline.daysLeft() + " day"
                    + (deadline.daysLeft() == 1 ? "" : "s") + (deadline.workingDaysLeft() == null ? ""
                    : " (" + deadline.workingDaysLeft() + " working day" + (deadline.workingDaysLeft() == 1 ? "" : "s")
                    + ")");
            MailModel model = new MailModel(deadline.title() + ": due " + deadline.dueDate().format(SHORT),
                    "Dear " + name(person) + ",", "A statutory deadline of " + councilName(deadline.laCode())
                    + " that " + (deadline.owner() == DeadlineRule.Owner.PARTNERSHIP ? "the safeguarding partnership"
                    : agencyWords(Agency.valueOf(person.agency))) + " owes falls due " + when + ".",
                    List.of(new MailModel.Part("What is due", List.of(new MailModel.Line(deadline.title(),
                            "Due " + deadline.dueDate().format(DAY) + ". Worked out as " + deadline.basis() + ".", false)),
                            "")),
                    "See your statutory deadlines", config.dashboardUrl() + "/?council=" + deadline.laCode()
                    + "#deadlines", null, null);
            queued += queue(person, MailKind.DEADLINE, deadline.key() + "/" + deadline.dueDate(), model.title(), model);
        }
        return queued;
    }

    private int boardPack(Subscriber person, Set<String> councils, LocalDate today) {
        List<MailModel.Part> parts = new ArrayList<>();
        for (String council : new java.util.TreeSet<>(councils)) {
            Plan plan = Plan.<Plan>find("laCode = ?1 order by createdAt desc", council).firstResult();
            if (plan == null) {
                continue;
            }
            List<Action> open = Action.list("planId = ?1 and status in ?2 order by dueDate, title", plan.id,
                    ActionStatus.OPEN);
            List<MailModel.Line> lines = new ArrayList<>();
            long overdue = open.stream().filter(a -> a.dueDate.isBefore(today)).count();
            lines.add(new MailModel.Line(open.size() + " open actions, " + overdue + " overdue",
                    plan.title + " (" + plan.status.name().toLowerCase(Locale.ROOT) + ").", overdue > 0));
            open.stream().filter(a -> a.dueDate.isBefore(today)).limit(20).forEach(a -> lines.add(new MailModel.Line(
                    a.title, "Led by " + agencyWords(a.leadAgency) + ". Owner: " + a.owner + ". Due " + a.dueDate.format(SHORT)
                    + ".", true)));
            for (BoardMeeting meeting : BoardMeeting.<BoardMeeting>list("planId = ?1", plan.id)) {
                for (Decision decision : meeting.decisions) {
                    if (decision.dueDate() != null && !decision.dueDate().isBefore(today.minusDays(31))
                            && !decision.dueDate().isAfter(today.plusDays(31))) {
                        lines.add(new MailModel.Line("Decision due: " + decision.text(), "Owner: " + decision.owner()
                                + ". Due " + decision.dueDate().format(SHORT) + " (board of "
                                + meeting.meetingDate.format(SHORT) + ").", decision.dueDate().isBefore(today)));
                    }
                }
            }
            parts.add(new MailModel.Part(councilName(council), lines, ""));
        }
        if (parts.isEmpty()) {
            return 0;
        }
        MailModel model = new MailModel("Improvement board pack, " + today.format(DateTimeFormatter.ofPattern(
                "MMMM yyyy", Locale.UK)), "Dear " + name(person) + ",", "For the board's next meeting: each plan's open"
                + " and overdue actions and the board's decisions falling due, as at " + today.format(DAY) + ".", parts,
                "Open the dashboard", config.dashboardUrl() + "/", null, null);
        return queue(person, MailKind.BOARD_PACK, YearMonth.from(today).toString(), model.title(), model);
    }

    private int reviewReminders(Subscriber person, Set<String> councils, LocalDate today) {
        int queued = 0;
        for (KnownIntervention intervention : KnownIntervention.<KnownIntervention>list(
                "laCode in ?1 and endDate is null and nextReviewDue between ?2 and ?3", councils, today,
                today.plusDays(7))) {
            String council = councilName(intervention.laCode);
            MailModel model = new MailModel("Review of " + council + " due " + intervention.nextReviewDue.format(SHORT),
                    "Dear " + name(person) + ",", "Your review of " + council + "'s "
                    + intervention.type.replace('_', ' ').toLowerCase(Locale.ROOT) + " is due on "
                    + intervention.nextReviewDue.format(DAY) + " (every " + intervention.reviewCadenceWeeks + " weeks).",
                    List.of(), "Read the progress report for the last six weeks (PDF)", config.dashboardUrl()
                    + "/dashboard/report.pdf?council=" + intervention.laCode, null, null);
            queued += queue(person, MailKind.REVIEW_REMINDER, intervention.interventionId + "/"
                    + intervention.nextReviewDue, model.title(), model);
        }
        return queued;
    }

    /** Queues the message once for this person, kind and period; 1 if queued now, 0 if it already was. */
    private int queue(Subscriber person, MailKind kind, String period, String subject, MailModel content) {
        String unsubscribe = config.dashboardUrl() + "/unsubscribe?token=" + person.unsubscribeToken;
        MailModel model = new MailModel(content.title(), content.greeting(), content.intro(), content.parts(),
                content.linkText(), content.linkUrl(), config.dashboardUrl() + "/dashboard/email", unsubscribe);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return entityManager.createNativeQuery("INSERT INTO mail_outbox (id, subscriber, kind, period, recipient,"
                        + " subject_line, html, text_body, unsubscribe_url, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', 0, ?10, ?10)"
                        + " ON CONFLICT (subscriber, kind, period) DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person.subject).setParameter(3, kind.name())
                .setParameter(4, period).setParameter(5, person.email).setParameter(6, cut(subject, 300))
                .setParameter(7, html.data("mail", model).render()).setParameter(8, text.data("mail", model).render())
                .setParameter(9, unsubscribe).setParameter(10, now).executeUpdate();
    }

    private String councilName(String laCode) {
        return register.nameOf(laCode);
    }

    private static String name(Subscriber person) {
        return person.name == null || person.name.isBlank() ? "colleague" : person.name;
    }

    static String agencyWords(Agency agency) {
        return switch (agency) {
            case COUNCIL -> "the council";
            case POLICE -> "the police";
            case HEALTH -> "health";
        };
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
