package org.csip.inspection.intervention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.inspection.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.csip.inspection.Api;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class InterventionResourceTest {
    @Inject
    ReviewDueJob job;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anImprovementNoticeIsReviewedOnItsCadenceAnnouncedOnceWhenDueAndEnded() throws Exception {
        try (TopicLog log = TopicLog.open(bootstrapServers, "inspection-events")) {
            String inspection = Api.publishedInadequate("344", "2019-09-23", "2019-10-04", "2019-11-04");
            String id = start("344", inspection, "2019-12-16").statusCode(201)
                    .header("Location", containsString("/api/interventions/"))
                    .body("nextReviewDue", equalTo("2020-01-27")).body("reviewsHeld", equalTo(0))
                    .extract().path("id");

            // Due 27 Jan 2020: not yet within 7 days on the 19th; announced on the 20th, and only once.
            assertThat(job.announceDueReviews(LocalDate.of(2020, 1, 19))).isZero();
            assertThat(announcedFor(id, LocalDate.of(2020, 1, 20))).isEqualTo(1);
            assertThat(announcedFor(id, LocalDate.of(2020, 1, 21))).isZero();
            assertThat(announcedFor(id, LocalDate.of(2020, 1, 20))).isZero();

            editor().body("{\"reviewDate\": \"2020-01-27\", \"summary\": \"First six-weekly review\"}")
                    .when().post("/api/interventions/" + id + "/reviews").then().statusCode(201)
                    .body("reviewDate", equalTo("2020-01-27"));
            Api.viewer("police").when().get("/api/interventions/" + id).then().statusCode(200)
                    .body("reviewsHeld", equalTo(1)).body("lastReviewDate", equalTo("2020-01-27"))
                    .body("nextReviewDue", equalTo("2020-03-09"));
            assertThat(announcedFor(id, LocalDate.of(2020, 3, 2))).isEqualTo(1);

            editor().body("{\"endDate\": \"2020-03-05\", \"reason\": \"Replaced by a statutory direction\"}")
                    .when().post("/api/interventions/" + id + "/end").then().statusCode(200)
                    .body("endDate", equalTo("2020-03-05")).body("nextReviewDue", nullValue());
            assertThat(announcedFor(id, LocalDate.of(2020, 4, 20))).isZero();
            editor().body("{\"endDate\": \"2020-03-06\"}").when().post("/api/interventions/" + id + "/end")
                    .then().statusCode(409);

            List<String> expected = List.of("csip.intervention.started.v1", "csip.intervention.review-due.v1",
                    "csip.intervention.reviewed.v1", "csip.intervention.review-due.v1", "csip.intervention.ended.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> log.types(id).size() >= expected.size());
            // The ended event is the fence: nothing for this key can follow it.
            assertThat(log.types(id)).containsExactlyElementsOf(expected);
            var dues = log.records(id).stream()
                    .filter(r -> "csip.intervention.review-due.v1".equals(TopicLog.header(r, "ce_type"))).toList();
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(dues.get(0).value()).path("dueDate").asText()).isEqualTo("2020-01-27");
            assertThat(json.readTree(dues.get(1).value()).path("dueDate").asText()).isEqualTo("2020-03-09");
            assertThat(json.readTree(dues.get(1).value()).path("laCode").asText()).isEqualTo("344");
            assertThat(TopicLog.header(dues.get(0), "ce_lacode")).isEqualTo("344");
        }
    }

    @Test
    void twoReplicasRunningTheJobAtOnceAnnounceAReviewOnce() throws Exception {
        String id = editor().body("""
                {"laCode": "353", "type": "STATUTORY_DIRECTION", "startDate": "2021-03-01", "reviewCadenceWeeks": 4}""")
                .when().post("/api/interventions").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.of(2021, 3, 25);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var runs = List.of(pool.submit(() -> {
                start.await();
                return job.announceDueReviews(today);
            }), pool.submit(() -> {
                start.await();
                return job.announceDueReviews(today);
            }));
            start.countDown();
            for (var run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(dueNotices(id)).isEqualTo(1);
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?"
                     + " AND event_type = 'csip.intervention.review-due.v1'")) {
            statement.setString(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void oneOpenInterventionOfATypePerCouncil() {
        String inspection = Api.publishedInadequate("350", "2019-09-23", "2019-10-04", "2019-11-04");
        start("350", inspection, "2019-12-16").statusCode(201);
        start("350", inspection, "2020-01-06").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has an open IMPROVEMENT_NOTICE"));
        given().auth().oauth2(org.csip.inspection.Api.viewerToken("health")).queryParam("laCode", "350")
                .queryParam("open", "true").when().get("/api/interventions")
                .then().statusCode(200).body("type", contains("IMPROVEMENT_NOTICE"));
    }

    @Test
    void badInterventionsAndReviewsAreRefusedNamingTheRule() {
        String inspection = Api.publishedInadequate("351", "2019-09-23", "2019-10-04", "2019-11-04");
        String notPublished = Api.notified("351", "STANDARD", "2021-01-04", null, null);
        long outboxBefore = Api.count(dataSource, "outbox_event");
        start("351", inspection, "2019-11-01").statusCode(400).body("errors.field", hasItem("startDate"));
        start("380", inspection, "2019-12-16").statusCode(400).body("errors.field", hasItem("triggeredByInspectionId"));
        start("351", notPublished, "2021-02-01").statusCode(409);
        start("351", "00000000-0000-0000-0000-000000000002", "2019-12-16").statusCode(400)
                .body("errors.field", hasItem("triggeredByInspectionId"));
        editor().body("{\"laCode\": \"351\", \"type\": \"IMPROVEMENT_NOTICE\", \"startDate\": \"2019-12-16\","
                + " \"reviewCadenceWeeks\": 0}").when().post("/api/interventions")
                .then().statusCode(400).body("errors.field", hasItem("reviewCadenceWeeks"));
        editor().body("{\"laCode\": \"351\", \"type\": \"SPECIAL_MEASURES\", \"startDate\": \"2019-12-16\","
                + " \"reviewCadenceWeeks\": 6}").when().post("/api/interventions")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        assertThat(Api.count(dataSource, "outbox_event")).isEqualTo(outboxBefore);

        String id = start("351", inspection, "2019-12-16").statusCode(201).extract().path("id");
        String reviews = "/api/interventions/" + id + "/reviews";
        editor().body("{\"reviewDate\": \"2019-12-01\"}").when().post(reviews).then().statusCode(400)
                .body("errors.field", hasItem("reviewDate"));
        editor().body("{\"reviewDate\": \"" + LocalDate.now().plusDays(30) + "\"}").when().post(reviews)
                .then().statusCode(400).body("detail", containsString("future"));
        editor().body("{\"reviewDate\": \"2020-01-27\"}").when().post(reviews).then().statusCode(201);
        editor().body("{\"reviewDate\": \"2020-01-27\"}").when().post(reviews).then().statusCode(409);
        editor().body("{\"endDate\": \"2020-01-20\"}").when().post("/api/interventions/" + id + "/end")
                .then().statusCode(400).body("errors.field", hasItem("endDate"));
        Api.viewer("council").when().get(reviews).then().statusCode(200).body("reviewDate", contains("2020-01-27"));
    }

    @Test
    void onlyTheCouncilsInspectionEditorRecordsInterventionsAndEveryPartnerReadsThem() {
        String body = "{\"laCode\": \"352\", \"type\": \"IMPROVEMENT_NOTICE\", \"startDate\": \"2019-12-16\","
                + " \"reviewCadenceWeeks\": 6}";
        given().contentType("application/json").body(body).when().post("/api/interventions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "inspection-editor")).contentType("application/json")
                .body(body).when().post("/api/interventions").then().statusCode(403);
        given().auth().oauth2(org.csip.inspection.Api.overseerToken("improvement-adviser")).contentType("application/json")
                .body(body).when().post("/api/interventions").then().statusCode(403);
        String id = editor().body(body).when().post("/api/interventions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(org.csip.inspection.Api.viewerToken("health")).contentType("application/json")
                .body("{\"reviewDate\": \"2020-01-27\"}").when().post("/api/interventions/" + id + "/reviews")
                .then().statusCode(403);
        given().when().get("/api/interventions/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get("/api/interventions/" + id)
                .then().statusCode(403);
        given().auth().oauth2(org.csip.inspection.Api.overseerToken("improvement-adviser")).when().get("/api/interventions/" + id)
                .then().statusCode(200).body("laCode", equalTo("352"));
    }

    private int announcedFor(String interventionId, LocalDate today) {
        long before = dueNotices(interventionId);
        job.announceDueReviews(today);
        return (int) (dueNotices(interventionId) - before);
    }

    private long dueNotices(String interventionId) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT count(*) FROM review_due_notice WHERE intervention_id = ?::uuid")) {
            statement.setString(1, interventionId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBodyReadLenientlyWouldCorruptTheRecordSoItIsRefusedNamingTheField() {
        String inspection = Api.publishedInadequate("885", "2019-09-23", "2019-10-04", "2019-11-04");
        String valid = """
                {"laCode": "885", "type": "IMPROVEMENT_NOTICE", "startDate": "2019-12-16", "triggeredByInspectionId": "%s",
                 "adviser": "DfE improvement adviser", "reviewCadenceWeeks": 6}""".formatted(inspection);
        long before = org.csip.testing.Rows.count(dataSource, "SELECT count(*) FROM intervention");
        String[][] cases = {
                {valid.replace("\"2019-12-16\"", "20191216"), "startDate"},
                {valid.replace("2019-12-16", "1899-12-31"), "startDate"},
                {valid.replace("2019-12-16", "+5874898-01-01"), "startDate"},
                {valid.replace("2019-12-16", "9999-12-31"), "startDate"},
                {valid.replace("\"reviewCadenceWeeks\": 6", "\"reviewCadenceWeeks\": \"6\""), "reviewCadenceWeeks"},
                {valid.replace("\"reviewCadenceWeeks\": 6", "\"reviewCadenceWeeks\": 6.5"), "reviewCadenceWeeks"},
                {valid.replace("\"reviewCadenceWeeks\": 6", "\"reviewCadenceWeeks\": 99999999999"), "reviewCadenceWeeks"},
                {valid.replace("\"IMPROVEMENT_NOTICE\"", "0"), "type"},
                {valid.replace("DfE improvement adviser", "DfE\\u0000adviser"), "adviser"},
                {valid.replace("DfE improvement adviser", "DfE \\u202Eadviser"), "adviser"},
                {valid.replace("\"adviser\"", "\"laCode\": \"344\", \"adviser\""), "laCode"},
                {valid.replace("\"adviser\"", "\"adviserr\": \"x\", \"adviser\""), "adviserr"}};
        for (String[] bad : cases) {
            editor().body(bad[0]).when().post("/api/interventions").then().log().ifValidationFails().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[1]));
        }
        editor().body(valid + " {}").when().post("/api/interventions").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(org.csip.testing.Rows.count(dataSource, "SELECT count(*) FROM intervention")).isEqualTo(before);
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/interventions")
    java.net.URI interventions;

    @Test
    void aBodyThatDoesNotSayWhatItIsIsRefused() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(interventions)
                .header("Authorization", "Bearer " + org.csip.inspection.Api.editorToken())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"laCode\": \"885\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse start(String laCode, String inspection, String date) {
        return editor().body("""
                {"laCode": "%s", "type": "IMPROVEMENT_NOTICE", "startDate": "%s", "triggeredByInspectionId": "%s",
                 "adviser": "DfE improvement adviser", "reviewCadenceWeeks": 6}""".formatted(laCode, date, inspection))
                .when().post("/api/interventions").then();
    }
}
