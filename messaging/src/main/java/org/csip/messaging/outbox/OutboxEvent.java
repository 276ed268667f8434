package org.csip.messaging.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event as it was written beside the state change it announces; never changed after. Whether it still waits for
 * publication is its row in {@code outbox_pending}, the relay's queue.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    /** This event's place among its aggregate's: 1, 2, 3 ... in commit order (the CloudEvents {@code sequence}). */
    public long sequence;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "la_code")
    public String laCode;

    /** Every council an event about a record of several concerns, comma-separated; null otherwise. */
    public String councils;

    @Column(name = "lead_agency")
    public String leadAgency;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** W3C trace context of the request that wrote it (null outside a trace). */
    public String traceparent;
}
