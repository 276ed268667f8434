package org.csip.messaging.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.csip.messaging.metrics.MessagingMetrics;
import org.csip.messaging.outbox.CloudEventPublisher;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The inbox's failure strategy ({@code failure-strategy=csip-dead-letter-topic}): a record a consumer cannot apply
 * goes to the service's dead-letter topic with SmallRye's dead-letter headers, through the service's one Kafka
 * producer (the outbox's), and is acknowledged — its offset free to be committed — only once the broker has the
 * dead letter, and counted ({@code csip_events_consumed_total{outcome="dead-lettered"}}). SmallRye's own
 * {@code dead-letter-queue} strategy builds a whole outgoing channel for every incoming
 * one, each with a producer, its threads and its buffers: 6 threads and about 12 MiB of the action-plan-service's
 * idle memory for two channels that dead-letter a record a month (docs/performance.md, scenario 5).
 */
@ApplicationScoped
@Identifier(DeadLetterTopic.STRATEGY)
public class DeadLetterTopic implements KafkaFailureHandler.Factory {
    /** The name a channel's {@code failure-strategy} gives to choose this strategy. */
    public static final String STRATEGY = "csip-dead-letter-topic";

    private final CloudEventPublisher publisher;
    private final MessagingMetrics metrics;

    public DeadLetterTopic(CloudEventPublisher publisher, MessagingMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        String topic = config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel());
        return new Handler(config.getChannel(), topic, publisher::sendAsItIs, metrics::deadLettered,
                Duration.ofMillis(500));
    }

    /** One channel's dead letters: sent until the broker has them, then the failed record acknowledged. */
    static final class Handler implements KafkaFailureHandler {
        private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);
        /** A reason longer than this is cut: the headers must never make the dead letter too large to send. */
        static final int MAX_REASON = 2_000;

        private final String channel;
        private final String topic;
        private final Function<ProducerRecord<String, String>, CompletionStage<Void>> send;
        /** Told each dead letter the broker took: the record's topic and event type. */
        private final BiConsumer<String, String> deadLettered;
        private final Duration firstRetry;

        Handler(String channel, String topic, Function<ProducerRecord<String, String>, CompletionStage<Void>> send,
                BiConsumer<String, String> deadLettered, Duration firstRetry) {
            this.channel = channel;
            this.topic = topic;
            this.send = send;
            this.deadLettered = deadLettered;
            this.firstRetry = firstRetry;
        }

        /**
         * Sends the dead letter and acknowledges the record once the broker has it. A send that fails is tried again
         * with backoff (up to 30 s apart) while the record stays unacknowledged, so a failed record is never lost to
         * a broker that is away; one too large even for the dead-letter topic goes without its body, its headers still
         * naming where it is on its own topic.
         */
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            LOG.warnf("%s: the record at %s-%d@%d cannot be applied and goes to %s: %s", channel, record.getTopic(),
                    record.getPartition(), record.getOffset(), topic, reason.toString());
            return Uni.createFrom().completionStage(() -> send.apply(deadLetter(record, reason, true)))
                    .onFailure(RecordTooLargeException.class)
                    .recoverWithUni(() -> Uni.createFrom().completionStage(() ->
                            send.apply(deadLetter(record, reason, false))))
                    .onFailure().invoke(error -> LOG.warnf("%s: the dead letter of %s-%d@%d is not on %s yet (%s); "
                            + "trying again", channel, record.getTopic(), record.getPartition(), record.getOffset(),
                            topic, error.toString()))
                    .onFailure().retry().withBackOff(firstRetry, Duration.ofSeconds(30)).indefinitely()
                    .invoke(() -> deadLettered.accept(record.getTopic(), typeOf(record)))
                    .chain(() -> Uni.createFrom().completionStage(record::ack))
                    .emitOn(record::runOnMessageContext);
        }

        /** The record's key, body and headers with the dead-letter headers SmallRye's own strategy writes. */
        private <K, V> ProducerRecord<String, String> deadLetter(IncomingKafkaRecord<K, V> record, Throwable reason,
                                                         boolean withBody) {
            ProducerRecord<String, String> dead = new ProducerRecord<>(topic, null,
                    Objects.toString(record.getKey(), null), withBody ? Objects.toString(record.getPayload(), null) : null);
            header(dead, "dead-letter-exception-class-name", reason.getClass().getName());
            header(dead, "dead-letter-reason", message(reason));
            if (reason.getCause() != null) {
                header(dead, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
                header(dead, "dead-letter-cause", message(reason.getCause()));
            }
            header(dead, "dead-letter-topic", record.getTopic());
            header(dead, "dead-letter-partition", Integer.toString(record.getPartition()));
            header(dead, "dead-letter-offset", Long.toString(record.getOffset()));
            if (!withBody) {
                header(dead, "dead-letter-body-left-out", "too large for the dead-letter topic");
            }
            record.getHeaders().forEach(header -> dead.headers().add(header));
            return dead;
        }

        /** The record's CloudEvent type, or "unknown" for a record without one (a poison message, often). */
        private static String typeOf(IncomingKafkaRecord<?, ?> record) {
            Header type = record.getHeaders().lastHeader("ce_type");
            return type == null ? "unknown" : new String(type.value(), StandardCharsets.UTF_8);
        }

        private static String message(Throwable error) {
            String text = error.getMessage() != null ? error.getMessage() : error.toString();
            return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
        }

        private static void header(ProducerRecord<String, String> record, String name, String value) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
