package org.csip.messaging.outbox;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a service hands to the outbox: a CloudEvents type ({@code csip.<aggregate>.<what>.v<N>}), the
 * aggregate it concerns (the Kafka key, so one aggregate's events stay in order), the routing facts
 * the gateway filters on, and the payload record.
 *
 * @param laCode   the council the event is about, or null
 * @param councils for an event about a record of several councils (a force's inspection, {@code laCode} null), all of
 *                 them; empty otherwise
 */
public record DomainEvent(String type, String aggregateType, String aggregateId, String laCode,
                          String leadAgency, Object data, Set<String> councils) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(data, "data");
        councils = councils == null ? Set.of() : Set.copyOf(councils);
    }

    /** An event about one council (or none). */
    public DomainEvent(String type, String aggregateType, String aggregateId, String laCode, String leadAgency,
                       Object data) {
        this(type, aggregateType, aggregateId, laCode, leadAgency, data, Set.of());
    }

    /** The councils as the {@code ce_councils} header carries them: codes in order, comma-separated; null for none. */
    public String councilsHeader() {
        return councils.isEmpty() ? null : String.join(",", new TreeSet<>(councils));
    }
}
