package org.csip.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.messaging.inbox.InboxConsumerTest.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record this service does not apply is passed over on the consumer's event loop, never sent to a worker thread; a
 * wanted one is applied on a worker of the record's own Vert.x context, and its failure (or a record that is no
 * CloudEvent) fails the returned stage, so the channel's failure strategy still takes it. Plain JUnit on a real Vert.x:
 * the transactional apply is stood in for by recording where it ran.
 */
class InboxConsumerOnAWorkerTest {
    private static final String WANTED = "csip.metrics.snapshot.v1";

    private final Vertx vertx = Vertx.vertx();
    /** Where each apply ran: on a Vert.x worker thread or not, and in which context. */
    private final List<String> applies = new CopyOnWriteArrayList<>();
    private final List<Context> contexts = new CopyOnWriteArrayList<>();
    private RuntimeException failWith;

    private final InboxConsumer inbox = new InboxConsumer(null, new ObjectMapper(), null) {
        @Override
        public void applyOnce(ConsumerRecord<String, String> record, Predicate<String> wanted,
                              Consumer<IncomingEvent> apply) {
            applies.add(Context.isOnWorkerThread() ? "worker" : "event loop");
            contexts.add(Vertx.currentContext());
            if (failWith != null) {
                throw failWith;
            }
        }
    };

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEventNotWantedIsPassedOverOnTheEventLoopItArrivedOn() throws Exception {
        Outcome outcome = onAnEventLoop(() -> inbox.applyOnceOnAWorker(record("csip.staff.joined.v1", "{}"),
                WANTED::equals, event -> { }));

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.settledOn()).isEqualTo("event loop");
        assertThat(applies).isEmpty();
    }

    @Test
    void aWantedEventIsAppliedOnAWorkerOfTheRecordsOwnContext() throws Exception {
        Context[] callers = new Context[1];
        Outcome outcome = onAnEventLoop(() -> {
            callers[0] = Vertx.currentContext();
            return inbox.applyOnceOnAWorker(record(WANTED, "{}"), WANTED::equals, event -> { });
        });

        assertThat(outcome.failure()).isNull();
        assertThat(applies).containsExactly("worker");
        assertThat(contexts).containsExactly(callers[0]);
    }

    @Test
    void aFailedApplyFailsTheStageSoTheChannelDeadLettersTheRecord() throws Exception {
        failWith = new PoisonEventException("names no agency CSIP knows");

        Outcome outcome = onAnEventLoop(() -> inbox.applyOnceOnAWorker(record(WANTED, "{}"), WANTED::equals,
                event -> { }));

        assertThat(outcome.failure()).isSameAs(failWith);
        assertThat(applies).containsExactly("worker");
    }

    @Test
    void aRecordWithoutCloudEventHeadersFailsTheStageWithoutAWorker() throws Exception {
        ConsumerRecord<String, String> bare = new ConsumerRecord<>("workforce-events", 0, 7, "key", "{}");

        Outcome outcome = onAnEventLoop(() -> inbox.applyOnceOnAWorker(bare, type -> true, event -> { }));

        assertThat(outcome.failure()).isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_id");
        assertThat(outcome.settledOn()).isEqualTo("event loop");
        assertThat(applies).isEmpty();
    }

    /** How a stage ended, and on which kind of thread. */
    private record Outcome(Throwable failure, String settledOn) {
    }

    /** Calls and subscribes on an event loop, as the Kafka connector calls a non-blocking {@code @Incoming} method. */
    private Outcome onAnEventLoop(Supplier<Uni<Void>> call) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> call.get().subscribe().with(
                item -> outcome.complete(new Outcome(null, thread())),
                failure -> outcome.complete(new Outcome(failure, thread()))));
        return outcome.get(10, TimeUnit.SECONDS);
    }

    private static String thread() {
        return Context.isOnEventLoopThread() ? "event loop" : "worker";
    }
}
