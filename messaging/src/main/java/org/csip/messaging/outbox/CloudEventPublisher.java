package org.csip.messaging.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csip.common.events.CloudEventHeaders;
import org.csip.common.http.TraceParent;
import org.csip.messaging.config.OutboxConfig;
import org.jboss.logging.Logger;

/**
 * Sends an outbox row to this service's topic as a CloudEvent in binary mode (ce_* headers, JSON body,
 * key = aggregate id); the returned stage completes with the broker's acknowledgement.
 * <p>
 * It holds a Kafka producer of its own rather than a Reactive Messaging channel: the relay needs nothing of a
 * channel's stream (it waits for every acknowledgement itself), and going through one cost about 75 µs a record —
 * the relay reached a sixth of a bare producer's rate (docs/performance.md, scenario 3). The service's consumers send
 * their dead letters through the same producer ({@code DeadLetterTopic}).
 */
@ApplicationScoped
public class CloudEventPublisher {
    private static final Logger LOG = Logger.getLogger(CloudEventPublisher.class);
    private static final TextMapSetter<Headers> HEADER_SETTER =
            (headers, key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    /**
     * How long sends fail at once after the producer itself refused one (no broker metadata within max.block.ms, its
     * buffer full, closed): else each row of a batch would block its sender for max.block.ms in turn.
     */
    private static final Duration REFUSING = Duration.ofSeconds(1);

    private final OutboxConfig config;
    private final Map<String, Object> kafkaDefaults;
    private final Tracer tracer;
    private final OpenTelemetry openTelemetry;
    private Producer<String, String> producer;
    private volatile long refusingUntil = System.nanoTime();
    private volatile RuntimeException refusal;

    public CloudEventPublisher(OutboxConfig config,
                               @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults,
                               OpenTelemetry openTelemetry) {
        this.config = config;
        this.kafkaDefaults = kafkaDefaults;
        this.openTelemetry = openTelemetry;
        this.tracer = openTelemetry.getTracer("csip-outbox");
    }

    /**
     * Hands the row to the producer now, in the caller's order (one producer keeps each partition's order), without
     * waiting: the stage completes when the broker has acknowledged it, or fails.
     */
    public CompletableFuture<Void> send(OutboxEvent row) {
        RuntimeException refused = refusal();
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), row.aggregateId, row.payload);
        cloudEventHeaders(row, record.headers());
        // Published inside the trace of the request that wrote the row, not the relay's own.
        Span span = tracer.spanBuilder(config.topic() + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParent.context(row.traceparent).orElse(Context.root()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", config.topic())
                .setAttribute("messaging.message.id", row.id.toString())
                .startSpan();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.root().with(span), record.headers(),
                HEADER_SETTER);
        return handOver(record, span);
    }

    /**
     * Hands a record made elsewhere (a consumer's dead letter: {@code DeadLetterTopic}) to the same producer, as it
     * is: the stage completes when the broker has acknowledged it, or fails. One producer serves the service, so a
     * consumer that dead-letters needs no producer, threads and buffers of its own.
     */
    public CompletableFuture<Void> sendAsItIs(ProducerRecord<String, String> record) {
        RuntimeException refused = refusal();
        return refused != null ? CompletableFuture.failedFuture(refused) : handOver(record, null);
    }

    private RuntimeException refusal() {
        RuntimeException refused = refusal;
        return refused != null && System.nanoTime() - refusingUntil < 0 ? refused : null;
    }

    private CompletableFuture<Void> handOver(ProducerRecord<String, String> record, Span span) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producer().send(record, (metadata, error) -> settle(acknowledged, span, error));
        } catch (RuntimeException e) {
            settle(acknowledged, span, e);
        }
        if (acknowledged.isCompletedExceptionally()) { // refused within send(), not by the broker later
            acknowledged.exceptionally(error -> {
                if (refusedByTheProducer(error)) {
                    refuseFor(error);
                }
                return null;
            });
        }
        return acknowledged;
    }

    private static void settle(CompletableFuture<Void> acknowledged, Span span, Exception error) {
        if (span != null) {
            if (error != null) {
                span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
            }
            span.end();
        }
        if (error == null) {
            acknowledged.complete(null);
        } else {
            acknowledged.completeExceptionally(error);
        }
    }

    /**
     * A refusal of the producer as a whole, not of this record: no broker's metadata or no room in its buffer within
     * max.block.ms, or the producer unusable (closed, in a fatal state: a new one is made for the next send).
     */
    private boolean refusedByTheProducer(Throwable error) {
        if (error instanceof org.apache.kafka.common.errors.TimeoutException) {
            return true;
        }
        if (error instanceof ApiException) {
            return false; // the record's own refusal (too large): other rows may still go
        }
        if (error instanceof KafkaException || error instanceof IllegalStateException) {
            replaceProducer(error);
        }
        return true;
    }

    private void refuseFor(Throwable error) {
        refusal = error instanceof RuntimeException runtime ? runtime : new KafkaException(error);
        refusingUntil = System.nanoTime() + REFUSING.toNanos();
    }

    private void cloudEventHeaders(OutboxEvent row, Headers headers) {
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, row.id.toString());
        header(headers, CloudEventHeaders.TYPE, row.eventType);
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.SUBJECT, row.aggregateType + "/" + row.aggregateId);
        header(headers, CloudEventHeaders.DATA_CONTENT_TYPE, "application/json");
        header(headers, "content-type", "application/json");
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                row.occurredAt.withOffsetSameInstant(ZoneOffset.UTC)));
        header(headers, CloudEventHeaders.SEQUENCE, CloudEventHeaders.sequence(row.sequence));
        header(headers, CloudEventHeaders.LA_CODE, row.laCode);
        header(headers, CloudEventHeaders.COUNCILS, row.councils);
        header(headers, CloudEventHeaders.LEAD_AGENCY, row.leadAgency);
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void replaceProducer(Throwable why) {
        if (producer != null) {
            LOG.warnf("The outbox's Kafka producer is unusable (%s); a new one takes the next send", why.toString());
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /**
     * The service's Kafka client settings (bootstrap servers, security) with the relay's own: every replica
     * acknowledges (acks=all) and the producer retries itself as an idempotent producer (the broker drops a retried
     * copy of what it already has) for at most delivery.timeout.ms, so every send ends, delivered or failed, well
     * before the relay stops waiting for it (csip.outbox.send-timeout): a row the relay left pending is never still
     * on its way, to reach Kafka again later, twice and out of order (FaultInjectionIT, Kafka stopped for 20 s).
     */
    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        kafkaDefaults.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "csip-outbox-" + config.topic());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4000);
        return settings;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
