package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.stack.ServiceLauncher;
import org.csip.testing.TopicLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two processes of every service on one database: writes to one action alternate between two gateways and so between
 * the two action-plan replicas, whose relays both publish; the action's events must reach Kafka in commit order, once.
 * Then one replica is killed (SIGKILL) in the middle of the writes: nothing acknowledged is lost, every stored change
 * has its event, and the gateways send the writes on to the live replica rather than answering 503 until their next
 * readiness probe (the writes go one at a time, so none is in the killed replica when it dies: at most one may race
 * the gateway's news of the closed connections, and that one gets a 503 problem naming the service).
 */
@Tag("faults")
@ExtendWith(ReplicaStackExtension.class)
class ReplicaOrderIT {
    private static final Pattern NARRATIVE = Pattern.compile("\"narrative\"\\s*:\\s*\"([A-Za-z]+) (\\d+)\"");
    private final LocalStack stack = ReplicaStackExtension.stack();

    @Test
    void aBurstOnOneActionThroughTwoGatewaysAndTwoReplicasReachesKafkaInCommitOrderOnce() throws Exception {
        TestPlan plan = TestPlan.create(stack, "Replica order plan");
        String police = Keycloak.userToken(stack, "police.lead");
        try (KafkaCompanion kafka = new KafkaCompanion(stack.kafkaBootstrapServers())) {
            ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("action-plan-events");
            int reports = 200;
            for (int i = 1; i <= reports; i++) {
                assertThat(report(police, i % 2, plan.policeAction(), "Burst", i).statusCode()).isEqualTo(201);
            }
            List<String> committed = outboxIds(plan.policeAction());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> records(topic, plan.policeAction()).size() >= committed.size());
            List<ConsumerRecord<String, String>> records = records(topic, plan.policeAction());

            assertThat(records).extracting(r -> TopicLog.header(r, "ce_id")).containsExactlyElementsOf(committed);
            assertThat(records).extracting(r -> Long.parseLong(TopicLog.header(r, "ce_sequence")))
                    .isSorted().doesNotHaveDuplicates();
            assertThat(numbers(records, "Burst")).isEqualTo(range(1, reports));
            topic.stop();
        }
        // Both replicas took writes, so both relays had rows to send.
        assertThat(progressReportsServed(0)).isPositive();
        assertThat(progressReportsServed(1)).isPositive();
    }

    @Test
    void aReplicaKilledInTheMiddleOfWritesLosesNothingAcknowledgedAndTheWritesGoOnToTheOtherReplica()
            throws Exception {
        TestPlan plan = TestPlan.create(stack, "Replica kill plan");
        String police = Keycloak.userToken(stack, "police.lead");
        ServiceLauncher second = stack.replica("action-plan-service", 1);
        Set<Integer> acknowledged = new LinkedHashSet<>();
        int unavailable = 0;
        try (KafkaCompanion kafka = new KafkaCompanion(stack.kafkaBootstrapServers())) {
            ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("action-plan-events");
            int reports = 150;
            for (int i = 1; i <= reports; i++) {
                if (i == 50) {
                    second.kill();
                }
                Response answer = report(police, i % 2, plan.policeAction(), "Kill", i);
                if (answer.statusCode() == 201) {
                    acknowledged.add(i);
                } else {
                    assertThat(answer.statusCode()).as("write %d", i).isEqualTo(503);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.asString()).contains("action-plan service");
                    unavailable++;
                }
            }
            stack.restart(second);

            List<String> committed = outboxIds(plan.policeAction());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> new HashSet<>(ids(records(topic, plan.policeAction()))).containsAll(committed));
            List<ConsumerRecord<String, String>> records = records(topic, plan.policeAction());
            List<Integer> stored = storedNumbers(plan.policeAction(), "Kill");
            System.out.printf("Killed one of two action-plan replicas mid-writes: %d acknowledged, %d x 503, %d stored,"
                            + " %d events on Kafka for %d committed%n", acknowledged.size(), unavailable, stored.size(),
                    records.size(), committed.size());

            assertThat(unavailable).as("writes answered 503 though the other replica was up").isLessThanOrEqualTo(1);
            assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
            assertThat(new LinkedHashSet<>(ids(records))).as("every committed change has its event, no other")
                    .containsExactlyInAnyOrderElementsOf(committed);
            List<Long> firstSeen = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                if (seen.add(TopicLog.header(record, "ce_id"))) {
                    firstSeen.add(Long.parseLong(TopicLog.header(record, "ce_sequence")));
                }
            }
            assertThat(firstSeen).as("in commit order").isSorted();
            topic.stop();
        }
        // The restarted replica is served again.
        await().atMost(Duration.ofSeconds(30)).until(() -> progressReportsServedAfterRestart(police, plan));
    }

    private boolean progressReportsServedAfterRestart(String police, TestPlan plan) {
        double before = progressReportsServed(1);
        for (int i = 0; i < 4; i++) {
            report(police, i % 2, plan.policeAction(), "Again", i);
        }
        return progressReportsServed(1) > before;
    }

    private Response report(String token, int gateway, String action, String word, int number) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"rag\": \"AMBER\", \"narrative\": \"" + word + " " + number + "\", \"percentComplete\": "
                        + (number % 100) + "}")
                .when().post(stack.gatewayUrls().get(gateway) + "/api/actions/" + action + "/updates");
    }

    /** Progress reports one action-plan replica has answered, from its own metrics page. */
    private double progressReportsServed(int replica) {
        String page = given().when().get("http://localhost:" + stack.config().port("action-plan-service", replica)
                + "/q/metrics").then().statusCode(200).extract().asString();
        return page.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")
                        && l.contains("method=\"POST\"") && l.contains("/updates") && l.contains("status=\"201\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static List<ConsumerRecord<String, String>> records(ConsumerTask<String, String> topic, String key) {
        return topic.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    private static List<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicLog.header(r, "ce_id")).toList();
    }

    private static List<Integer> numbers(List<ConsumerRecord<String, String>> records, String word) {
        List<Integer> numbers = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Matcher matcher = NARRATIVE.matcher(record.value());
            if (matcher.find() && matcher.group(1).equals(word)) {
                numbers.add(Integer.parseInt(matcher.group(2)));
            }
        }
        return numbers;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** The action's outbox rows in commit order (straight from the action-plan database). */
    private List<String> outboxIds(String action) throws SQLException {
        return query("SELECT id::text FROM outbox_event WHERE aggregate_id = ? ORDER BY position", action);
    }

    private List<Integer> storedNumbers(String action, String word) throws SQLException {
        return query("SELECT substring(narrative from '[0-9]+$') FROM progress_update WHERE action_id = ?::uuid "
                + "AND narrative LIKE '" + word + " %' ORDER BY 1", action).stream().map(Integer::parseInt).toList();
    }

    private List<String> query(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var connection = DriverManager.getConnection(stack.postgres().jdbcUrl("action_plans"),
                PostgresLauncher.USER, PostgresLauncher.PASSWORD);
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
