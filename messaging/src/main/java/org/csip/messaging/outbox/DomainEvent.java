package org.csip.messaging.outbox;

import java.util.Objects;

/**
 * What a service hands to the outbox: a CloudEvents type ({@code csip.<aggregate>.<what>.v<N>}), the
 * aggregate it concerns (the Kafka key, so one aggregate's events stay in order), the routing facts
 * the gateway filters on, and the payload record.
 */
public record DomainEvent(String type, String aggregateType, String aggregateId, String laCode,
                          String leadAgency, Object data) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(data, "data");
    }
}
