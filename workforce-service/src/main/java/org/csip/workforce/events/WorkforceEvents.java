package org.csip.workforce.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.csip.common.security.Agency;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;
import org.csip.workforce.config.WorkforceConfig;

/**
 * Appends this service's events to the outbox with the council's code and the owning agency, so every payload and
 * header says whose workforce it is (the gateway routes on them).
 */
@ApplicationScoped
public class WorkforceEvents {
    private final Outbox outbox;
    private final WorkforceConfig config;

    public WorkforceEvents(Outbox outbox, WorkforceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public String laCode() {
        return config.laCode();
    }

    public void publish(String type, String aggregate, Object aggregateId, Agency agency, Object payload) {
        outbox.append(new DomainEvent(type, aggregate, aggregateId.toString(), config.laCode(), agency.name(), payload));
    }
}
