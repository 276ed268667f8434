package org.csip.messaging.outbox;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.csip.common.events.CloudEventHeaders;
import org.csip.common.http.TraceParent;
import org.csip.messaging.config.OutboxConfig;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends an outbox row to this service's topic as a CloudEvent in binary mode (ce_* headers, JSON body,
 * key = aggregate id); the returned stage completes with the broker's acknowledgement.
 */
@ApplicationScoped
public class CloudEventPublisher {
    /** The outgoing channel every service maps to its own topic in application.properties. */
    public static final String CHANNEL = "outbox";

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    public CloudEventPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /**
     * Hands the row to the producer now, in the caller's order (one producer keeps each partition's order), without
     * waiting: the stage completes when the broker has acknowledged it, or fails.
     */
    public CompletableFuture<Void> send(OutboxEvent row) {
        Map<String, Object> extensions = new HashMap<>();
        extensions.put(CloudEventHeaders.SEQUENCE.substring(3), CloudEventHeaders.sequence(row.sequence));
        if (row.laCode != null) {
            extensions.put(CloudEventHeaders.LA_CODE.substring(3), row.laCode);
        }
        if (row.councils != null) {
            extensions.put(CloudEventHeaders.COUNCILS.substring(3), row.councils);
        }
        if (row.leadAgency != null) {
            extensions.put(CloudEventHeaders.LEAD_AGENCY.substring(3), row.leadAgency);
        }
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.id.toString())
                .withType(row.eventType)
                .withSource(URI.create(config.source()))
                .withSubject(row.aggregateType + "/" + row.aggregateId)
                .withTimestamp(row.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .withExtensions(extensions)
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.aggregateId)
                .build();
        Message<String> message = Message.of(row.payload).addMetadata(cloudEvent).addMetadata(kafka);
        // Published inside the trace of the request that wrote the row, not the relay's own.
        message = TraceParent.context(row.traceparent).map(TracingMetadata::withCurrent).map(message::addMetadata)
                .orElse(message);
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
