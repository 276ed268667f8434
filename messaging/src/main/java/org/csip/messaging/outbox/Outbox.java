package org.csip.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.csip.common.http.TraceParent;

/**
 * The only way a service announces a change: the event row joins the caller's transaction, so the
 * change and its event commit together or not at all (no dual write). Each event takes its aggregate's next
 * sequence number, which holds that aggregate's number until the transaction ends: announcements about one aggregate
 * commit one at a time, so its events are numbered and relayed in commit order.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxAppended> appended;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.appended = appended;
    }

    /** Records the event in the current transaction; the relay publishes it once that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.sequence = nextSequence(event.aggregateType(), event.aggregateId());
        row.eventType = event.type();
        row.laCode = event.laCode();
        row.councils = event.councilsHeader();
        row.leadAgency = event.leadAgency();
        row.payload = toJson(event.data());
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.traceparent = TraceParent.current();
        entityManager.persist(row);
        appended.fire(new OutboxAppended(row.id));
        return row.id;
    }

    /** The aggregate's next number; the row it comes from stays locked until this transaction commits or rolls back. */
    private long nextSequence(String aggregateType, String aggregateId) {
        return ((Number) entityManager.createNativeQuery("""
                        INSERT INTO outbox_sequence (aggregate_type, aggregate_id, last_sequence) VALUES (:type, :id, 1)
                        ON CONFLICT (aggregate_type, aggregate_id)
                        DO UPDATE SET last_sequence = outbox_sequence.last_sequence + 1
                        RETURNING last_sequence""")
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .getSingleResult()).longValue();
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
