package org.csip.actionplan.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.Rows;
import org.csip.actionplan.Api;
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan measures fed by the workforce-service's monthly metrics snapshots, exactly once, never over a person's entry. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class WorkforceEventsConsumerTest {
    /** Halton: no other test feeds its measures. */
    private static final String LA = "343";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    String measures;
    String caseload;
    /** Every snapshot of the test shares a key, so they are applied in the order sent. */
    final String key = "metrics/" + UUID.randomUUID();

    @BeforeEach
    void aPlanWithAFedMeasure() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish(LA, "FOCUSED_VISIT", "PRIORITY_ACTION");
        String plan = Api.editorOf(LA).body("{\"laCode\": \"" + LA + "\", \"title\": \"Plan\", \"inspectionIds\": [\""
                + published.inspectionId() + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
        measures = "/api/plans/" + plan + "/measures";
        caseload = Api.editorOf(LA).body("""
                {"name": "Average caseload", "unit": "cases per FTE", "baseline": 19.7, "baselineOn": "2019-09-30",
                 "target": 18.0, "direction": "LOWER_IS_BETTER", "feed": {"metric": "CASELOAD", "agency": "COUNCIL"}}""")
                .when().post(measures).then().statusCode(201).body("feed.metric", org.hamcrest.Matchers.equalTo("CASELOAD"))
                .extract().path("id");
    }

    @Test
    void aSnapshotFeedsTheMeasureOnceAndALaterSnapshotOfTheSameDateReplacesIt() {
        String eventId = UUID.randomUUID().toString();
        send(snapshot(eventId, "council", "2020-03-31", "18.94"),
                // redelivered, altered: ignored
                snapshot(eventId, "council", "2020-02-29", "99"),
                // another agency's caseload: not this measure's
                snapshot(UUID.randomUUID().toString(), "police", "2020-01-31", "3.1"));
        JsonPath measure = awaitActuals(1);
        assertThat(measure.getList("actuals.asOf")).containsExactly("2020-03-31");
        assertThat(measure.getFloat("actuals[0].value")).isEqualTo(18.94f);
        assertThat(measure.getString("actuals[0].source")).contains("workforce-service", "caseload", "council");

        send(snapshot(UUID.randomUUID().toString(), "council", "2020-03-31", "18.5"),
                snapshot(UUID.randomUUID().toString(), "council", "2020-04-30", "18.1"));
        measure = awaitActuals(2);
        // The redelivery and the police snapshot came before these on the same partition, and left no actual.
        assertThat(measure.getList("actuals.asOf")).containsExactly("2020-03-31", "2020-04-30");
        assertThat(measure.getList("actuals.value", Float.class)).containsExactly(18.5f, 18.1f);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void aSnapshotNeverOverwritesAnActualAPersonEntered() {
        Api.editorOf(LA).body("{\"asOf\": \"2020-06-30\", \"value\": 17.0, \"source\": \"Quarterly audit\"}")
                .when().post(measures + "/" + caseload + "/actuals").then().statusCode(200);
        send(snapshot(UUID.randomUUID().toString(), "council", "2020-06-30", "16.5"),
                snapshot(UUID.randomUUID().toString(), "council", "2020-07-31", "16.9"));
        JsonPath measure = awaitActuals(2);
        assertThat(measure.getList("actuals.value", Float.class)).containsExactly(17.0f, 16.9f);
        assertThat(measure.getList("actuals.source", String.class).get(0)).isEqualTo("Quarterly audit");
    }

    @Test
    void aSnapshotThatCannotBeReadIsDeadLetteredAndTheNextIsStillApplied() {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var deadLetters = kafka.consumeStrings().fromTopics("action-plan-service.dlq");
            send(snapshot(UUID.randomUUID().toString(), "council", "31/03/2020", "18.2"),
                    snapshot(UUID.randomUUID().toString(), "fire-service", "2020-03-31", "18.2"),
                    snapshot(UUID.randomUUID().toString(), "council", "2020-05-31", "17.9"));
            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                deadLetters.getRecords().stream().filter(r -> key.equals(r.key()) && !dead.contains(r)).forEach(dead::add);
                return dead.size() == 2;
            });
            deadLetters.stop();
            assertThat(dead).extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8)).anySatisfy(reason -> assertThat(reason).contains("invalid asOf"))
                    .anySatisfy(reason -> assertThat(reason).contains("fire-service"));
        }
        JsonPath measure = awaitActuals(1);
        assertThat(measure.getList("actuals.asOf")).containsExactly("2020-05-31");
    }

    @Test
    void aFeedNamesAMetricAndAnAgency() {
        Api.editorOf(LA).body("""
                {"name": "Turnover", "unit": "%", "baseline": 27.7, "baselineOn": "2019-09-30", "target": 15,
                 "direction": "LOWER_IS_BETTER", "feed": {"metric": "HAPPINESS", "agency": "COUNCIL"}}""")
                .when().post(measures).then().statusCode(400).body("errors.field", hasItem("feed.metric"));
        Api.editorOf(LA).body("""
                {"name": "Turnover", "unit": "%", "baseline": 27.7, "baselineOn": "2019-09-30", "target": 15,
                 "direction": "LOWER_IS_BETTER", "feed": {"metric": "TURNOVER_RATE"}}""")
                .when().post(measures).then().statusCode(400).body("errors.field", contains("feed.agency"));
    }

    private JsonPath awaitActuals(int count) {
        String viewer = TestTokens.user("police", "viewer");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(viewer).when()
                .get(measures + "/" + caseload).then().statusCode(200).extract().jsonPath()
                .getList("actuals").size() == count);
        return given().auth().oauth2(viewer).when().get(measures + "/" + caseload).then().extract().jsonPath();
    }

    @SafeVarargs
    private void send(ProducerRecord<String, String>... records) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(records)).awaitCompletion();
        }
    }

    private ProducerRecord<String, String> snapshot(String eventId, String agency, String asOf, String caseload) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("ce_id", eventId));
        headers.add(header("ce_type", "csip.metrics.snapshot.v1"));
        headers.add(header("ce_source", "/csip/workforce-service"));
        headers.add(header("ce_subject", key));
        headers.add(header("ce_lacode", LA));
        String body = """
                {"laCode": "%s", "agency": "%s", "asOf": "%s", "inPostFte": 124.9, "turnoverRate": 27.7,
                 "vacancyRate": 25.2, "agencyRate": 28.2, "agencyCoverRate": null, "caseload": %s}"""
                .formatted(LA, agency, asOf, caseload);
        return new ProducerRecord<>("workforce-events", null, key, body, headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        return Rows.count(dataSource, sql);
    }
}
