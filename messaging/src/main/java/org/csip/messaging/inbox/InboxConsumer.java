package org.csip.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.messaging.metrics.MessagingMetrics;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Applies an incoming record exactly once, in a transaction of its own that also records it in the inbox.
 * A failure that may pass (the database restarting, a lock or serialization conflict) is retried with
 * backoff while the partition waits, so order is kept; a poison message is not retried. What still fails
 * is left to the channel's dead-letter strategy, with its reason.
 */
@ApplicationScoped
public class InboxConsumer {
    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final MessagingMetrics metrics;

    public InboxConsumer(Inbox inbox, ObjectMapper mapper, MessagingMetrics metrics) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /**
     * {@link #applyOnce} for an {@code @Incoming} method that returns this stage (and is not {@code @Blocking}): a record
     * whose type this service does not apply is passed over where it arrives, on the consumer's event loop; only a
     * wanted one goes to a worker thread — of the record's own Vert.x context, as {@code @Blocking} would send it — to
     * be applied. A topic carries every event of its service, most of them another consumer's concern, and sending
     * each to a worker and back was most of what a record cost the action-plan-service: 60 µs of CPU for an event it
     * passed over (docs/performance.md, scenario 3). The channel still takes one record at a time, so order is kept,
     * and a failure still fails the record (the channel's failure strategy: the dead-letter topic).
     */
    public Uni<Void> applyOnceOnAWorker(ConsumerRecord<String, String> record, Predicate<String> wanted,
                                        Consumer<IncomingEvent> apply) {
        try {
            if (!wanted.test(IncomingEvent.typeOf(record))) {
                return Uni.createFrom().voidItem();
            }
        } catch (RuntimeException notACloudEvent) {
            return Uni.createFrom().failure(notACloudEvent);
        }
        Context context = Vertx.currentContext();
        if (context == null) { // not on Vert.x (a direct call): apply here
            return Uni.createFrom().item(() -> {
                applyOnce(record, wanted, apply);
                return null;
            });
        }
        // Through this bean's own applyOnce, which ArC intercepts on a self-invocation too: its retries still run, on
        // the worker (ConsumerRetryTest: an event whose first two attempts fail is applied on the third).
        return Uni.createFrom().completionStage(() -> context.<Void>executeBlocking(() -> {
            applyOnce(record, wanted, apply);
            return null;
        }, false).toCompletionStage());
    }

    /**
     * When the record's type is wanted, reads it and, when it is new, applies it; redeliveries change nothing. The
     * type comes from the headers first: an event this service does not apply costs it no parsing of its body (a topic
     * carries every event of its service, most of them another consumer's concern), and is no poison message here.
     */
    @Retry(maxRetries = 8, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void applyOnce(ConsumerRecord<String, String> record, Predicate<String> wanted,
                          Consumer<IncomingEvent> apply) {
        if (!wanted.test(IncomingEvent.typeOf(record))) {
            return;
        }
        IncomingEvent event = IncomingEvent.from(record, mapper);
        try {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                if (inbox.firstDelivery(event)) {
                    apply.accept(event);
                    return true;
                }
                LOG.debugf("Event %s already applied; redelivery ignored", event.id());
                return false;
            });
            metrics.consumed(record.topic(), event.type(), applied);
        } catch (RuntimeException e) {
            RuntimeException failure = e instanceof QuarkusTransactionException && e.getCause() instanceof RuntimeException
                    cause ? cause : e;
            if (!(failure instanceof PoisonEventException)) {
                LOG.warnf("Applying %s %s from %s-%d@%d failed (%s); it will be retried", event.type(), event.id(),
                        record.topic(), record.partition(), record.offset(), failure);
            }
            throw failure;
        }
    }
}
