package org.csip.messaging.outbox;

import java.util.UUID;

/** Signal that a transaction wrote an outbox row, so the relay can publish as soon as it commits. */
public record OutboxAppended(UUID eventId) {
}
