package org.csip.workforce.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.csip.common.security.Agency;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/**
 * Appends this service's events to the outbox with the council's code and the owning agency, so every payload and
 * header says whose workforce it is (the gateway routes on them).
 */
@ApplicationScoped
public class WorkforceEvents {
    private final Outbox outbox;

    public WorkforceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Appends an event of {@code agency}'s workforce in the council {@code laCode}. */
    public void publish(String type, String aggregate, Object aggregateId, Agency agency, String laCode,
                        Object payload) {
        outbox.append(new DomainEvent(type, aggregate, aggregateId.toString(), laCode, agency.name(), payload));
    }
}
