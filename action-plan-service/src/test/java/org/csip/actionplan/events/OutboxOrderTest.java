package org.csip.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.messaging.config.OutboxConfig;
import org.csip.messaging.outbox.CloudEventPublisher;
import org.csip.messaging.outbox.OutboxEvent;
import org.csip.messaging.outbox.OutboxRelay;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One aggregate's events reach Kafka in the order they were committed, however many relays claim rows at once: the
 * publish-after-commit thread, and the polls of other replicas (here, other threads relaying from the same database,
 * each with its own transaction and connection, as a second replica's relay would). The broker is made to take a few
 * milliseconds to acknowledge each event, as a broker on another machine does, which widens the window in which one
 * relay holds an earlier event while another could send a later one.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class OutboxOrderTest {
    private static final int REPORTS = 120;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxConfig outbox;

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @InjectSpy
    CloudEventPublisher publisher;

    @Inject
    TransactionManager transactionManager;

    @ParameterizedTest(name = "publish-after-commit and {0} other relay(s) polling")
    @ValueSource(ints = {1, 3})
    void aBurstOfProgressReportsOnOneActionReachesKafkaInCommitOrder(int otherRelays) throws Exception {
        doAnswer(call -> {
            // A broker a network hop away: each acknowledgement arrives 5 ms after the broker's (nothing sleeps).
            CompletableFuture<?> acknowledged = (CompletableFuture<?>) call.callRealMethod();
            return acknowledged.thenCompose(ack -> CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS)));
        }).when(publisher).send(any());
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        String plan = Api.plan("342", published.inspectionId());
        String theme = Api.theme(plan, "Thresholds");
        String action = Api.editor().body("""
                {"themeId": "%s", "title": "Custody training", "leadAgency": "POLICE", "owner": "Safeguarding lead",
                 "startDate": "2020-01-06", "dueDate": "2030-06-30"}""".formatted(theme))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService others = Executors.newFixedThreadPool(otherRelays);
        List<Future<?>> polls = new ArrayList<>();
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            for (int i = 0; i < otherRelays; i++) {
                polls.add(others.submit(() -> {
                    while (writing.get()) {
                        relay.publishPending();
                    }
                }));
            }
            for (int i = 1; i <= REPORTS; i++) {
                as("police", "action-owner").body("""
                        {"rag": "AMBER", "narrative": "Report %d", "percentComplete": %d}""".formatted(i, i % 100))
                        .when().post("/api/actions/" + action + "/updates").then().statusCode(201);
            }
            writing.set(false);
            for (Future<?> poll : polls) {
                poll.get();
            }
            relay.publishPending();
            List<String> committed = committedOrder(action);
            await().atMost(Duration.ofSeconds(30)).until(() -> log.records(action).size() >= committed.size());

            List<ConsumerRecord<String, String>> records = log.records(action);
            List<String> onKafka = records.stream().map(r -> TopicLog.header(r, "ce_id")).toList();
            assertThat(outOfOrder(onKafka, committed)).as("events on Kafka after one committed later").isZero();
            assertThat(onKafka).as("every event once, in commit order").containsExactlyElementsOf(committed);
            assertThat(records.stream().map(r -> TopicLog.header(r, "ce_sequence")).map(Long::parseLong).toList())
                    .as("the aggregate's sequence, 1, 2, 3 ... with no gap")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, committed.size()).mapToObj(Long::valueOf).toList());
            List<String> narratives = records.stream()
                    .filter(r -> "csip.action.progress-reported.v1".equals(TopicLog.header(r, "ce_type")))
                    .map(r -> narrative(r.value())).toList();
            assertThat(narratives).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, REPORTS).mapToObj(i -> "Report " + i).toList());
        } finally {
            writing.set(false);
            others.shutdownNow();
        }
    }

    @Test
    void aFailedSendLeavesItAndItsAggregatesLaterEventsPendingWhileOtherAggregatesGoOnAndTheNextPassSendsThemInOrder()
            throws Exception {
        // Two aggregates' events, interleaved, pending together in one relay batch; the broker refuses A's second
        // event until told otherwise (as it would one too large, or one whose delivery timed out).
        String a = "order-test-a-" + UUID.randomUUID();
        String b = "order-test-b-" + UUID.randomUUID();
        List<String> ids = pending(List.of(a, b), 3);
        String refused = ids.get(2); // A's second
        AtomicBoolean refusing = new AtomicBoolean(true);
        List<String> handedOver = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            OutboxEvent row = call.getArgument(0);
            handedOver.add(row.id.toString());
            if (row.id.toString().equals(refused) && refusing.get()) {
                return CompletableFuture.failedFuture(new IllegalStateException("the broker refused it"));
            }
            return call.callRealMethod();
        }).when(publisher).send(any());

        // Which pass meets the refusal is not this test's to choose: the scheduled poll, or a pass queued after an
        // earlier commit, may take the batch before publishPending does. What must hold is the same whichever did.
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            relay.publishPending();
            List<String> whileRefused = status(ids);
            assertThat(whileRefused.get(2)).as("A2 still queued, its refusals counted with the broker's reason")
                    .matches("PENDING [1-9][0-9]* the broker refused it");
            assertThat(whileRefused).as("A1 and B's sent; A3 held back behind A2, never tried")
                    .containsExactly("PUBLISHED", "PUBLISHED", whileRefused.get(2), "PUBLISHED", "PENDING 0 null",
                            "PUBLISHED");

            refusing.set(false);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                relay.publishPending();
                return status(ids).stream().allMatch("PUBLISHED"::equals);
            });
            long refusals = Long.parseLong(whileRefused.get(2).split(" ")[1]);
            List<String> sendsOfA = handedOver.stream().filter(id -> List.of(ids.get(0), ids.get(2), ids.get(4))
                    .contains(id)).toList();
            assertThat(sendsOfA).as("A2 handed over until the broker took it; A3 not even handed over until then")
                    .startsWith(ids.get(0)).endsWith(ids.get(4))
                    .containsOnly(ids.get(0), ids.get(2), ids.get(4));
            assertThat(sendsOfA.stream().filter(ids.get(2)::equals).count())
                    .as("A2 sent once more than it was refused, as far as the queue saw").isGreaterThan(refusals);
            assertThat(handedOver.stream().filter(id -> !id.equals(ids.get(2))).toList())
                    .as("every other event handed over once").doesNotHaveDuplicates();
            await().atMost(Duration.ofSeconds(20)).until(() -> log.records(a).size() >= 3 && log.records(b).size() >= 3);
            assertThat(log.records(a)).extracting(r -> TopicLog.header(r, "ce_id")).as("A's events once each, in order")
                    .containsExactly(ids.get(0), ids.get(2), ids.get(4));
            assertThat(log.records(b)).extracting(r -> TopicLog.header(r, "ce_id")).as("B's once each, in order")
                    .containsExactly(ids.get(1), ids.get(3), ids.get(5));
        }
    }

    /**
     * A pass with a backlog reads on while its sends are under way, instead of ending at each batch — and every read
     * starts from the head of the queue, so an event committed late with an earlier position still goes out before
     * its aggregate's next one. Positions are handed out at insert: X's first event takes its position, then a full
     * batch of other events commits before it does; the pass reads that batch without it. While the batch is still
     * on its way, X's first event commits, then X's second. The pass's next read must take both, in order.
     */
    @Test
    void aPassWithABacklogReadsOnWhileItsSendsAreUnderWayAndAnEventCommittedLateStillGoesBeforeItsAggregatesNext()
            throws Exception {
        String x = "order-test-late-" + UUID.randomUUID();
        String backlog = "order-test-backlog-" + UUID.randomUUID();
        CompletableFuture<Void> brokerAnswers = new CompletableFuture<>();
        List<String> handedOver = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            OutboxEvent row = call.getArgument(0);
            handedOver.add(row.aggregateId + "#" + row.sequence);
            CompletableFuture<?> acknowledged = (CompletableFuture<?>) call.callRealMethod();
            // The backlog's acknowledgements wait until the test has committed X's events.
            return row.aggregateId.startsWith(backlog) ? acknowledged.thenCompose(ack -> brokerAnswers) : acknowledged;
        }).when(publisher).send(any());

        relay.publishPending(); // nothing else queued: the pass's first read is the backlog alone
        ExecutorService relaying = Executors.newSingleThreadExecutor();
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events");
             var late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            String first = insert(late, x, 1); // positioned now, committed later
            int backlogRows = outbox.batchSize(); // a full batch, so the pass reads on
            try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("INSERT INTO"
                    + " outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at)"
                    + " SELECT gen_random_uuid(), 'test', ? || '-' || (n % 50), n / 50 + 1, 'csip.test.ordered.v1',"
                    + " CAST('{}' AS jsonb), now() FROM generate_series(0, ? - 1) n")) {
                insert.setString(1, backlog);
                insert.setInt(2, backlogRows);
                insert.executeUpdate();
            }
            Future<Integer> pass = relaying.submit(relay::publishPending);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> handedOver.stream().anyMatch(id -> id.startsWith(backlog)));
            late.commit();
            String second;
            try (var connection = dataSource.getConnection()) {
                second = insert(connection, x, 2);
            }
            brokerAnswers.complete(null);
            pass.get(60, TimeUnit.SECONDS);
            relay.publishPending();

            await().atMost(Duration.ofSeconds(20)).until(() -> log.records(x).size() >= 2);
            assertThat(log.records(x)).extracting(r -> TopicLog.header(r, "ce_id")).as("X's events once each, in order")
                    .containsExactly(first, second);
            int lastOfBacklog = 0;
            for (int i = 0; i < handedOver.size(); i++) {
                if (handedOver.get(i).startsWith(backlog)) {
                    lastOfBacklog = i;
                }
            }
            assertThat(handedOver.stream().filter(id -> id.startsWith(backlog)).count())
                    .as("the backlog handed over once").isEqualTo(backlogRows);
            assertThat(handedOver.indexOf(x + "#1")).as("X's first event handed over while the backlog was on its way,"
                    + " by the pass that read it, not by a later one").isBetween(0, lastOfBacklog);
            assertThat(handedOver.indexOf(x + "#2")).as("X's second after its first")
                    .isGreaterThan(handedOver.indexOf(x + "#1"));
        } finally {
            brokerAnswers.complete(null);
            relaying.shutdownNow();
        }
    }

    /** Writes one event of {@code aggregate} on {@code connection} (committed if it commits by itself); its id. */
    private static String insert(Connection connection, String aggregate, int sequence) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (var insert = connection.prepareStatement("INSERT INTO outbox_event (id, aggregate_type, aggregate_id,"
                + " sequence, event_type, payload, occurred_at)"
                + " VALUES (CAST(? AS uuid), 'test', ?, ?, 'csip.test.ordered.v1', CAST('{}' AS jsonb), now())")) {
            insert.setString(1, id);
            insert.setString(2, aggregate);
            insert.setInt(3, sequence);
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * The relay hands events to the producer outside its transaction: the emitter's stages carry the calling thread's
     * context onto Kafka's threads, and a transaction carried there would still be active on them when the pass
     * commits — Narayana then refuses the commit ("Enlisted connection used without active transaction", seen once in
     * a clean-clone run of the test above).
     */
    @Test
    void theRelayHandsEventsToTheProducerOutsideItsTransaction() throws Exception {
        String aggregate = "order-test-tx-" + UUID.randomUUID();
        List<String> ids = pending(List.of(aggregate), 2); // the first sent by the pass's thread, the second handed over
        List<String> sentInTransaction = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            OutboxEvent row = call.getArgument(0);
            if (aggregate.equals(row.aggregateId) && transactionManager.getTransaction() != null) {
                sentInTransaction.add(row.id.toString());
            }
            return call.callRealMethod();
        }).when(publisher).send(any());

        relay.publishPending();

        assertThat(status(ids)).containsExactly("PUBLISHED", "PUBLISHED");
        assertThat(sentInTransaction).as("events handed over with a transaction on the sending thread").isEmpty();
    }

    /** {@code perAggregate} pending events of each of {@code aggregates}, interleaved; their ids in commit order. */
    private List<String> pending(List<String> aggregates, int perAggregate) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("INSERT INTO"
                + " outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at)"
                + " VALUES (CAST(? AS uuid), 'test', ?, ?, 'csip.test.ordered.v1', CAST('{}' AS jsonb), now())")) {
            for (int sequence = 1; sequence <= perAggregate; sequence++) {
                for (String aggregate : aggregates) {
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setString(2, aggregate);
                    insert.setInt(3, sequence);
                    insert.executeUpdate();
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * Each event's state, in the order of {@code ids}: "PUBLISHED" once out of the relay's queue, else "PENDING", its
     * attempts and last error.
     */
    private List<String> status(List<String> ids) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "SELECT CASE WHEN pending.position IS NULL THEN 'PUBLISHED' ELSE 'PENDING ' || pending.attempts"
                        + " || ' ' || coalesce(pending.last_error, 'null') END FROM outbox_event event"
                        + " LEFT JOIN outbox_pending pending ON pending.position = event.position"
                        + " WHERE event.id = CAST(? AS uuid)")) {
            for (String id : ids) {
                select.setString(1, id);
                try (var row = select.executeQuery()) {
                    row.next();
                    statuses.add(row.getString(1));
                }
            }
        }
        return statuses;
    }

    private static String narrative(String json) {
        try {
            return new ObjectMapper().readTree(json).path("narrative").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many events arrive after an event that was committed after them. */
    static long outOfOrder(List<String> arrived, List<String> committed) {
        int latest = -1;
        long late = 0;
        for (String id : arrived) {
            int place = committed.indexOf(id);
            if (place < latest) {
                late++;
            }
            latest = Math.max(latest, place);
        }
        return late;
    }

    /** The action's outbox rows in the order their transactions wrote them. */
    private List<String> committedOrder(String aggregateId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT id FROM outbox_event WHERE aggregate_id = ? ORDER BY position")) {
            statement.setString(1, aggregateId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
