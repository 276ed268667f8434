package org.csip.actionplan.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.csip.actionplan.config.NotificationConfig;
import org.csip.messaging.persistence.ScheduledJob;
import org.jboss.logging.Logger;

/**
 * Sends the mail outbox: each message due is locked ({@code FOR UPDATE SKIP LOCKED}, so two replicas never send the
 * same one), handed to the SMTP server and marked sent in one transaction. While the server is away each message
 * waits longer between attempts (doubling, to at most {@code csip.notifications.longest-retry-wait}) and is never
 * dropped; an address the server refuses for good (5xx) or that is not an address is recorded as failed with the
 * reason — the others are still sent. A server that takes a connection and never answers holds each message for
 * at most {@code csip.notifications.send-timeout}, as if it were away.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** A refusal that will not pass on a retry: an SMTP 5xx reply, or an address that cannot be one. */
    private static final Pattern PERMANENT = Pattern.compile("\\b5\\d\\d\\b|invalid.{0,20}address|address.{0,30}invalid"
            + "|illegal address|malformed", Pattern.CASE_INSENSITIVE);
    private static final int BATCH = 100;

    private final ReactiveMailer mailer;
    private final EntityManager entityManager;
    private final NotificationConfig config;

    public MailSender(ReactiveMailer mailer, EntityManager entityManager, NotificationConfig config) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "mail-send", every = "${csip.notifications.send-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void beat() {
        ScheduledJob.run("mail-send", this::sendDue);
    }

    /** Sends every message now due (up to a batch); returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean result = QuarkusTransaction.requiringNew().call(this::sendOne);
            if (result == null) {
                break;
            }
            if (result) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends the next message due: true if sent, false if it failed, null if none was due. */
    private Boolean sendOne() {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = entityManager.createNativeQuery("SELECT * FROM mail_outbox WHERE status = 'PENDING'"
                + " AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED",
                OutgoingMail.class).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        OutgoingMail mail = due.get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        mail.attempts++;
        try {
            mailer.send(Mail.withHtml(mail.recipient, mail.subjectLine, mail.html).setText(mail.textBody)
                    .setFrom(config.from()).addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl + ">"))
                    .await().atMost(config.sendTimeout());
            mail.status = "SENT";
            mail.sentAt = now;
            mail.lastError = null;
            return true;
        } catch (RuntimeException e) {
            String reason = e instanceof TimeoutException ? "the SMTP server did not answer within "
                    + config.sendTimeout().toSeconds() + " s" : reason(e);
            mail.lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            if (PERMANENT.matcher(reason).find()) {
                mail.status = "FAILED";
                LOG.warnf("Mail %s to a subscriber was refused for good: %s", mail.id, reason);
            } else {
                mail.nextAttemptAt = now.plus(wait(mail.attempts));
                LOG.infof("Mail %s not sent (attempt %d), retried at %s: %s", mail.id, mail.attempts,
                        mail.nextAttemptAt, reason);
            }
            return false;
        }
    }

    /** 5 s, 10 s, 20 s … doubling, to at most the configured longest wait. */
    private Duration wait(int attempts) {
        Duration wait = Duration.ofSeconds(5).multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.longestRetryWait()) > 0 ? config.longestRetryWait() : wait;
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = e; t != null && reason.length() < 2000; t = t.getCause()) {
            reason.append(reason.length() == 0 ? "" : " / ").append(t.getClass().getSimpleName()).append(": ")
                    .append(t.getMessage());
        }
        return reason.toString();
    }
}
