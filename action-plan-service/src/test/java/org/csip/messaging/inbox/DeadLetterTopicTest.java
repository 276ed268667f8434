package org.csip.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A record the consumer cannot apply is acknowledged only once its dead letter is on the broker: not before, not when
 * a send fails (it is sent again), and a dead letter too large to send goes without its body rather than never. Plain
 * JUnit: the service's producer is stood in for by a function that records what it is handed.
 */
class DeadLetterTopicTest {
    private final List<ProducerRecord<String, String>> handed = new CopyOnWriteArrayList<>();
    private final AtomicInteger acks = new AtomicInteger();
    /** The topic and type of each dead letter counted. */
    private final List<String> counted = new CopyOnWriteArrayList<>();

    @Test
    void theRecordIsAcknowledgedOnlyOnceTheBrokerHasItsDeadLetterWithTheReasonAndWhereItCameFrom() throws Exception {
        CompletableFuture<Void> broker = new CompletableFuture<>();
        var handler = handler(record -> broker);
        ConsumerRecord<String, String> poisoned = new ConsumerRecord<>("inspection-events", 2, 41L, "insp-1", "{}");
        poisoned.headers().add("ce_type", "csip.inspection.notified.v1".getBytes(StandardCharsets.UTF_8));

        CompletableFuture<Void> handled = handler.handle(incoming(poisoned),
                new PoisonEventException("no ce_id", new IllegalArgumentException("ce_id missing")), null)
                .subscribeAsCompletionStage();

        assertThat(handed).hasSize(1);
        assertThat(acks).as("not acknowledged while the dead letter is on its way").hasValue(0);
        assertThat(counted).as("not counted while the dead letter is on its way").isEmpty();
        assertThat(handled).isNotDone();
        broker.complete(null);
        handled.get(5, TimeUnit.SECONDS);
        assertThat(acks).hasValue(1);
        assertThat(counted).containsExactly("inspection-events csip.inspection.notified.v1");

        ProducerRecord<String, String> dead = handed.get(0);
        assertThat(dead.topic()).isEqualTo("action-plan-service.dlq");
        assertThat(dead.key()).isEqualTo("insp-1");
        assertThat(dead.value()).isEqualTo("{}");
        assertThat(header(dead, "dead-letter-reason")).isEqualTo("no ce_id");
        assertThat(header(dead, "dead-letter-exception-class-name")).isEqualTo(PoisonEventException.class.getName());
        assertThat(header(dead, "dead-letter-cause")).isEqualTo("ce_id missing");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo("inspection-events");
        assertThat(header(dead, "dead-letter-partition")).isEqualTo("2");
        assertThat(header(dead, "dead-letter-offset")).isEqualTo("41");
        assertThat(header(dead, "ce_type")).as("the record's own headers kept").isEqualTo("csip.inspection.notified.v1");
    }

    @Test
    void aDeadLetterTheBrokerDidNotTakeIsSentAgainAndOnlyThenTheRecordAcknowledged() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        var handler = handler(record -> attempts.incrementAndGet() <= 2
                ? CompletableFuture.failedFuture(new TimeoutException("no broker"))
                : CompletableFuture.completedFuture(null));

        handler.handle(incoming(new ConsumerRecord<>("workforce-events", 0, 7L, "k", "v")),
                new IllegalStateException("cannot apply"), null).await().atMost(Duration.ofSeconds(5));

        assertThat(handed).hasSize(3);
        assertThat(handed).extracting(ProducerRecord::value).containsOnly("v");
        assertThat(acks).hasValue(1);
        assertThat(counted).as("counted once, not per attempt").containsExactly("workforce-events unknown");
    }

    @Test
    void aDeadLetterTooLargeForItsTopicGoesWithoutItsBodyAndALongReasonIsCut() {
        var handler = handler(record -> record.value() != null
                ? CompletableFuture.failedFuture(new RecordTooLargeException("too large"))
                : CompletableFuture.completedFuture(null));

        handler.handle(incoming(new ConsumerRecord<>("inspection-events", 1, 3L, "k", "x".repeat(1_000_000))),
                new IllegalStateException("y".repeat(1_000_000)), null).await().atMost(Duration.ofSeconds(5));

        assertThat(handed).hasSize(2);
        ProducerRecord<String, String> dead = handed.get(1);
        assertThat(dead.value()).isNull();
        assertThat(dead.key()).isEqualTo("k");
        assertThat(header(dead, "dead-letter-body-left-out")).isNotBlank();
        assertThat(header(dead, "dead-letter-offset")).isEqualTo("3");
        assertThat(header(dead, "dead-letter-reason")).hasSize(DeadLetterTopic.Handler.MAX_REASON + 1);
        assertThat(acks).hasValue(1);
    }

    private DeadLetterTopic.Handler handler(Function<ProducerRecord<String, String>, CompletionStage<Void>> broker) {
        return new DeadLetterTopic.Handler("inspection-events", "action-plan-service.dlq", record -> {
            handed.add(record);
            return broker.apply(record);
        }, (topic, type) -> counted.add(topic + " " + type), Duration.ofMillis(10));
    }

    private IncomingKafkaRecord<String, String> incoming(ConsumerRecord<String, String> record) {
        KafkaCommitHandler commits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> acknowledged) {
                acks.incrementAndGet();
                return Uni.createFrom().voidItem();
            }
        };
        return new IncomingKafkaRecord<>(record, "inspection-events", 0, commits, null, false, false);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
