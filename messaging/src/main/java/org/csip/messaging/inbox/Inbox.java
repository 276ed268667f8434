package org.csip.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer message log: a consumer applies an event only on its first delivery, in the same
 * transaction that records it as processed, so redelivery after a crash or rebalance changes nothing.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this event id is seen (and records it); false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (event_id, event_type, source_topic) VALUES (:id, :type, :topic) "
                                + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("topic", event.topic())
                .executeUpdate();
        return inserted == 1;
    }
}
