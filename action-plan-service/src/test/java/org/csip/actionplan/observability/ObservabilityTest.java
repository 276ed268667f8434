package org.csip.actionplan.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.actionplan.action.OverdueActionsGauge;
import org.csip.messaging.metrics.MessagingMetrics;
import org.csip.messaging.outbox.OutboxRelay;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.Rows;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of this service without opening it: the business figures on /q/metrics (overdue actions
 * by lead agency, events published and consumed, the outbox backlog, Kafka's consumer lag) and a request's trace
 * carried through the outbox onto the Kafka record it caused.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ObservabilityTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    OverdueActionsGauge overdueGauge;

    @Inject
    MessagingMetrics messagingMetrics;

    String plan;
    String theme;

    @BeforeEach
    void aPlanWithATheme() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("343", "FOCUSED_VISIT", "PRIORITY_ACTION");
        plan = Api.plan("343", published.inspectionId());
        theme = Api.theme("343", plan, "Partnership");
    }

    @Test
    void overdueActionsAreCountedPerLeadAgencyUntilDone() {
        overdueGauge.refresh();
        double police = metric("csip_actions_overdue", "lead_agency=\"POLICE\"");
        double health = metric("csip_actions_overdue", "lead_agency=\"HEALTH\"");
        String overdue = action("POLICE", "2020-03-31");
        action("POLICE", java.time.LocalDate.now().plusYears(1).toString());
        overdueGauge.refresh();
        assertThat(metric("csip_actions_overdue", "lead_agency=\"POLICE\"")).isEqualTo(police + 1);
        assertThat(metric("csip_actions_overdue", "lead_agency=\"HEALTH\"")).isEqualTo(health);

        given().auth().oauth2(TestTokens.user("police", "action-owner")).contentType("application/json").body("""
                {"narrative": "Notifications flow daily", "completedOn": "2020-05-01",
                 "evidence": [{"title": "Audit", "link": "Audit 2020-05"}]}""")
                .when().post("/api/actions/" + overdue + "/complete").then().statusCode(200);
        overdueGauge.refresh();
        assertThat(metric("csip_actions_overdue", "lead_agency=\"POLICE\"")).isEqualTo(police);
    }

    @Test
    void aRequestsTraceTravelsThroughTheOutboxOntoTheKafkaRecordAndIsCounted() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        double created = metric("csip_events_published_total", "type=\"csip.action.created.v1\"");
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            String id = Api.editorOf("343").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .body(body("HEALTH", java.time.LocalDate.now().plusYears(1).toString())).when().post("/api/plans/" + plan + "/actions")
                    .then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(20)).until(() -> !log.records(id).isEmpty());
            assertThat(TopicLog.header(log.records(id).get(0), "traceparent")).startsWith("00-" + traceId + "-");
            assertThat(Rows.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? "
                    + "AND traceparent LIKE ?", id, "00-" + traceId + "-%")).isEqualTo(1);
        }
        assertThat(metric("csip_events_published_total", "type=\"csip.action.created.v1\"")).isEqualTo(created + 1);
    }

    @Test
    void consumedEventsTheBacklogAndConsumerLagAreOnTheMetricsPage() throws Exception {
        double applied = metric("csip_events_consumed_total",
                "outcome=\"applied\",topic=\"inspection-events\",type=\"csip.inspection.published.v1\"");
        new InspectionSide(bootstrapServers, dataSource).publish("344", "FOCUSED_VISIT");
        // Counted just after the consumer's transaction commits, so a moment after the row can be seen.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(metric("csip_events_consumed_total",
                "outcome=\"applied\",topic=\"inspection-events\",type=\"csip.inspection.published.v1\""))
                .isEqualTo(applied + 1));

        // A row committed a year ago that never reached Kafka, kept pending by holding the relay lock here (no relay
        // pass runs while the figures are read). Between its commit and the lock the relay may still take it (a
        // relay pass for another change publishes every pending row): then another is tried.
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String stuck = lockedPendingRow(connection);
            // Read together from one scrape; a scheduled refresh racing this one is simply read past.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                messagingMetrics.refreshBacklog();
                String page = metrics();
                assertThat(metric(page, "csip_outbox_backlog", "")).isGreaterThanOrEqualTo(1);
                assertThat(metric(page, "csip_outbox_oldest_pending_seconds", "")).isGreaterThanOrEqualTo(365 * 86_400);
            });
            try (var delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ?::uuid")) {
                delete.setString(1, stuck);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
            connection.commit();
        }
        messagingMetrics.refreshBacklog();
        assertThat(metric("csip_outbox_oldest_pending_seconds", "")).isLessThan(365 * 86_400);
        assertThat(metrics()).contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    /**
     * Commits a year-old pending outbox row, then takes the relay lock in {@code connection}'s transaction, so no
     * relay publishes it until that transaction ends; its id.
     */
    private String lockedPendingRow(java.sql.Connection connection) throws java.sql.SQLException {
        try (var relayLock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String id = UUID.randomUUID().toString();
                Rows.update(dataSource, "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, sequence, "
                        + "event_type, payload, occurred_at) VALUES (?::uuid, 'test', ?, 1, 'csip.test.v1', '{}'::jsonb, "
                        + "now() - interval '365 days')", id, id);
                relayLock.setLong(1, OutboxRelay.RELAY_LOCK);
                relayLock.executeQuery().close();
                if (Rows.count(dataSource, "SELECT count(*) FROM outbox_event JOIN outbox_pending USING (position)"
                        + " WHERE id = ?::uuid", id) == 1) {
                    return id;
                }
                connection.rollback(); // let the relay go on, and try again
                Rows.update(dataSource, "DELETE FROM outbox_event WHERE id = ?::uuid", id);
            }
        }
        throw new IllegalStateException("The relay published every test row before the relay lock was taken");
    }

    private String action(String agency, String due) {
        return Api.editorOf("343").body(body(agency, due)).when().post("/api/plans/" + plan + "/actions").then().statusCode(201)
                .extract().path("id");
    }

    private String body(String agency, String due) {
        return """
                {"themeId": "%s", "title": "Share notifications", "leadAgency": "%s", "owner": "Lead",
                 "startDate": "2020-01-06", "dueDate": "%s"}""".formatted(theme, agency, due);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A sample's value from the Prometheus text (0 when absent), its labels given in the exporter's order. */
    static double metric(String name, String labels) {
        return metric(metrics(), name, labels);
    }

    /** A sample's value from this Prometheus text (0 when absent): the line of that name whose labels include these. */
    static double metric(String page, String name, String labels) {
        Pattern sample = Pattern.compile(Pattern.quote(name) + "(?:\\{([^}]*)})? (\\S+)");
        return page.lines().map(sample::matcher).filter(Matcher::matches)
                .filter(line -> line.group(1) == null ? labels.isEmpty() : line.group(1).contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.group(2))).findFirst().orElse(0);
    }
}
