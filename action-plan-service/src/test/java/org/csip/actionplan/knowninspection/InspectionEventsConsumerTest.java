package org.csip.actionplan.knowninspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class InspectionEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aNotifiedInspectionIsLearnedOnceEvenWhenRedelivered() {
        String inspectionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(
                    notified(eventId, inspectionId, "2019-09-16"),
                    // the same event delivered again, altered: an idempotent consumer must ignore it
                    notified(eventId, inspectionId, "2000-01-01"))).awaitCompletion();
        }
        String viewer = TestTokens.user("police", "viewer");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(viewer)
                .when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200)
                .body("laCode", equalTo("342"))
                .body("status", equalTo("NOTIFIED")));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(
                "SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);

        // A later event for the same inspection (same key, same partition) proves the duplicate was consumed.
        String laterEventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(notified(laterEventId, marker, "2019-09-17"))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> count(
                "SELECT count(*) FROM known_inspection WHERE inspection_id = '" + marker + "'") == 1);
        given().auth().oauth2(viewer).when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200).body("notifiedDate", equalTo("2019-09-16"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndThePartitionMovesOn() {
        String inspectionId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var deadLetters = kafka.consumeStrings().fromTopics("action-plan-service.dlq");
            kafka.produceStrings().fromRecords(List.of(
                    new ProducerRecord<>("inspection-events", null, inspectionId, "{\"inspectionId\": \"x\"}"),
                    notified(UUID.randomUUID().toString(), inspectionId, "2019-09-16"))).awaitCompletion();

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(1, Duration.ofSeconds(20)).getRecords()
                    .stream().filter(r -> inspectionId.equals(r.key())).findFirst().orElseThrow();
            Header reason = dead.headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("ce_id");
            assertThat(new String(dead.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo("inspection-events");
            assertThat(dead.headers().lastHeader("dead-letter-offset")).isNotNull();
            deadLetters.stop();
        }
        // Sent through the service's one producer (DeadLetterTopic): no channel has a dead-letter producer of its own,
        // with the network thread each Kafka producer runs.
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.contains("dead-letter-topic-producer"));
        // Counted for an operator's alert (docs/deploy.md).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().when().get("/q/metrics")
                .then().statusCode(200).extract().asString()).containsPattern(
                        "csip_events_consumed_total\\{outcome=\"dead-lettered\",topic=\"inspection-events\","
                        + "type=\"unknown\"} [1-9]"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.user("health", "viewer"))
                .when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200));
    }

    @Test
    void laterInspectionEventsCarryTheInspectionsNewStatus() {
        String inspectionId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(
                    notified(UUID.randomUUID().toString(), inspectionId, "2019-09-16"),
                    inspectionEvent("csip.inspection.published.v1", UUID.randomUUID().toString(), inspectionId,
                            "2019-09-16", "PUBLISHED"))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.user("police", "viewer"))
                .when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")));
    }

    @Test
    void anInspectionWithNoOverallGradeIsLearnedWithEachJudgementAndReportedInWords() {
        // ILACS from April 2026: four judgements, no overall grade (overallGraded false, overallGrade null).
        String inspectionId = published("""
                {"inspectionId": "%s", "laCode": "343", "type": "SHORT", "graded": true, "status": "PUBLISHED",
                 "notifiedDate": "2026-04-20", "onSiteStart": "2026-04-27", "onSiteEnd": "2026-05-01",
                 "publishedDate": "2026-06-12", "framework": "ILACS_2026", "overallGraded": false,
                 "overallGrade": null, "judgements": [
                  {"area": "IMPACT_OF_LEADERS", "label": "The impact of leaders", "grade": "GOOD",
                   "gradeLabel": "Good"},
                  {"area": "CARE_LEAVERS", "label": "The experiences and progress of care leavers",
                   "grade": "REQUIRES_IMPROVEMENT", "gradeLabel": "Requires improvement to be good"}]}""");
        String viewer = TestTokens.user("health", "viewer");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(viewer)
                .when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200)
                .body("overallGrade", org.hamcrest.Matchers.nullValue())
                .body("overallGraded", equalTo(false))
                .body("judgements.area", org.hamcrest.Matchers.contains("IMPACT_OF_LEADERS", "CARE_LEAVERS"))
                .body("judgements[1].gradeLabel", equalTo("Requires improvement to be good")));

        assertThat(reportAnswering("343", inspectionId, viewer)).contains(
                "no overall grade (its framework forms none)",
                "The impact of leaders: good; The experiences and progress of care leavers: requires improvement to be good")
                .doesNotContain("overall effectiveness:");
    }

    @Test
    void anEventFromBeforeFrameworksWereDataStillGivesItsOverallGradeAndJudgements() {
        String inspectionId = published("""
                {"inspectionId": "%s", "laCode": "342", "type": "STANDARD", "graded": true, "status": "PUBLISHED",
                 "notifiedDate": "2019-09-16", "publishedDate": "2019-11-04", "framework": "ILACS_2018",
                 "overallGrade": "INADEQUATE", "judgements": [{"area": "OVERALL_EFFECTIVENESS", "grade": "INADEQUATE"},
                  {"area": "HELP_AND_PROTECTION", "grade": "REQUIRES_IMPROVEMENT"}]}""");
        String viewer = TestTokens.user("police", "viewer");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(viewer)
                .when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200)
                .body("overallGrade", equalTo("INADEQUATE"))
                .body("overallGraded", equalTo(true))
                .body("judgements", org.hamcrest.Matchers.hasSize(2)));
        assertThat(reportAnswering("342", inspectionId, viewer))
                .contains("overall effectiveness: inadequate", "Help and protection: requires improvement");
    }

    @Test
    void anEventOlderThanTheOneAppliedChangesNothing() {
        String inspectionId = UUID.randomUUID().toString();
        String fence = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(
                    numbered(inspectionEvent("csip.inspection.published.v1", UUID.randomUUID().toString(), inspectionId,
                            "2019-09-16", "PUBLISHED"), 2),
                    // the inspection's first event, arriving late under another id (the inbox alone would apply it)
                    numbered(notified(UUID.randomUUID().toString(), inspectionId, "2000-01-01"), 1),
                    // a finding on the same key: once it is known, the late event has been consumed
                    numbered(InspectionSide.record("csip.finding.recorded.v1", inspectionId, """
                            {"findingId": "%s", "inspectionId": "%s", "laCode": "342", "inspectionType": "STANDARD",
                             "sequence": 1, "kind": "AREA_FOR_IMPROVEMENT", "text": "Fence"}""".formatted(fence,
                            inspectionId)), 3))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> count(
                "SELECT count(*) FROM known_finding WHERE finding_id = '" + fence + "'") == 1);
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/known-inspections/" + inspectionId)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("notifiedDate", equalTo("2019-09-16"));
        assertThat(count("SELECT last_sequence FROM known_inspection WHERE inspection_id = '" + inspectionId + "'"))
                .isEqualTo(2);
    }

    @Test
    void knownInspectionsNeedAToken() {
        given().when().get("/api/known-inspections").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("health", "workforce-editor"))
                .when().get("/api/known-inspections").then().statusCode(403);
    }

    /** Sends a published event whose body (with %s for the inspection id) is as given; the new inspection's id. */
    private String published(String body) {
        String inspectionId = UUID.randomUUID().toString();
        new org.csip.actionplan.InspectionSide(bootstrapServers, dataSource).send(List.of(
                org.csip.actionplan.InspectionSide.record("csip.inspection.published.v1", inspectionId,
                        body.formatted(inspectionId))));
        return inspectionId;
    }

    /** The adviser's report, as a web page, of a new plan answering that inspection. */
    private static String reportAnswering(String laCode, String inspectionId, String token) {
        String plan = org.csip.actionplan.Api.plan(laCode, inspectionId);
        return given().auth().oauth2(token).when().get("/api/plans/" + plan + "/reports/progress?format=html")
                .then().statusCode(200).extract().asString();
    }

    private static ProducerRecord<String, String> notified(String eventId, String inspectionId, String notifiedDate) {
        return inspectionEvent("csip.inspection.notified.v1", eventId, inspectionId, notifiedDate, "NOTIFIED");
    }

    private static ProducerRecord<String, String> inspectionEvent(String type, String eventId, String inspectionId,
                                                                  String notifiedDate, String status) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("ce_id", eventId));
        headers.add(header("ce_type", type));
        headers.add(header("ce_source", "/csip/inspection-service"));
        headers.add(header("ce_subject", "inspection/" + inspectionId));
        headers.add(header("ce_lacode", "342"));
        String body = """
                {"inspectionId": "%s", "laCode": "342", "type": "STANDARD", "graded": true, "status": "%s",
                 "notifiedDate": "%s", "onSiteStart": null, "onSiteEnd": null}
                """.formatted(inspectionId, status, notifiedDate);
        return new ProducerRecord<>("inspection-events", null, inspectionId, body, headers);
    }

    private static ProducerRecord<String, String> numbered(ProducerRecord<String, String> record, long sequence) {
        record.headers().add(header("ce_sequence", "%012d".formatted(sequence)));
        return record;
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        return Rows.count(dataSource, sql);
    }
}
