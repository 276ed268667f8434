package org.csip.actionplan.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message composed and waiting to be sent, sent, or failed for good (a bad address): the mail outbox. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends PanacheEntityBase {
    @Id
    public UUID id;

    public String subscriber;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    /** The period it is for: {@code 2026-W49}, {@code 2026-12-04}, {@code 2026-12}, or a deadline and its date. */
    public String period;

    public String recipient;

    @Column(name = "subject_line")
    public String subjectLine;

    public String html;

    @Column(name = "text_body")
    public String textBody;

    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    /** {@code PENDING}, {@code SENT}, {@code FAILED}. */
    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
