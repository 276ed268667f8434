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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @InjectSpy
    CloudEventPublisher publisher;

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
        // event once (as it would one too large, or one whose delivery timed out).
        String a = "order-test-a-" + UUID.randomUUID();
        String b = "order-test-b-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("INSERT INTO"
                + " outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at)"
                + " VALUES (CAST(? AS uuid), 'test', ?, ?, 'csip.test.ordered.v1', CAST('{}' AS jsonb), now())")) {
            for (int sequence = 1; sequence <= 3; sequence++) {
                for (String aggregate : List.of(a, b)) {
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setString(2, aggregate);
                    insert.setInt(3, sequence);
                    insert.executeUpdate();
                    ids.add(id);
                }
            }
        }
        String refused = ids.get(2); // A's second
        AtomicBoolean refusedOnce = new AtomicBoolean();
        doAnswer(call -> {
            OutboxEvent row = call.getArgument(0);
            if (row.id.toString().equals(refused) && refusedOnce.compareAndSet(false, true)) {
                return CompletableFuture.failedFuture(new IllegalStateException("the broker refused it"));
            }
            return call.callRealMethod();
        }).when(publisher).send(any());

        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            relay.publishPending();
            assertThat(status(ids)).as("A1 and B's three sent; A2 refused; A3 not even sent")
                    .containsExactly("PUBLISHED 0", "PUBLISHED 0", "PENDING 1", "PUBLISHED 0", "PENDING 0",
                            "PUBLISHED 0");
            await().atMost(Duration.ofSeconds(20)).until(() -> log.records(b).size() == 3);
            assertThat(log.records(a)).extracting(r -> TopicLog.header(r, "ce_id")).containsExactly(ids.get(0));

            relay.publishPending();
            assertThat(status(ids)).allMatch(status -> status.startsWith("PUBLISHED"));
            await().atMost(Duration.ofSeconds(20)).until(() -> log.records(a).size() >= 3);
            assertThat(log.records(a)).extracting(r -> TopicLog.header(r, "ce_id")).as("A's events once each, in order")
                    .containsExactly(ids.get(0), ids.get(2), ids.get(4));
            assertThat(log.records(b)).extracting(r -> TopicLog.header(r, "ce_id")).as("B's not sent again")
                    .containsExactly(ids.get(1), ids.get(3), ids.get(5));
        }
    }

    /** Each row's status and attempts, in the order of {@code ids}. */
    private List<String> status(List<String> ids) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "SELECT status, attempts FROM outbox_event WHERE id = CAST(? AS uuid)")) {
            for (String id : ids) {
                select.setString(1, id);
                try (var row = select.executeQuery()) {
                    row.next();
                    statuses.add(row.getString(1) + " " + row.getInt(2));
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
