package org.csip.inspection.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.inspection.Api;
import org.csip.inspection.reportimport.ReportPdfs;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Inspections from April 2026 (ILACS 2026: four sub-judgements, no overall effectiveness grade) recorded by hand and
 * through the report importer, shown on the timeline with each judgement, and published as events whose
 * {@code overallGrade} is null by design — no overall grade is ever invented.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class Ilacs2026Test {
    private static final String FOUR = """
            [{"area": "IMPACT_OF_LEADERS", "grade": "GOOD"},
             {"area": "HELP_AND_PROTECTION", "grade": "GOOD"},
             {"area": "CHILDREN_IN_CARE", "grade": "REQUIRES_IMPROVEMENT"},
             {"area": "CARE_LEAVERS", "grade": "GOOD"}]""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void recordedByHandWithItsFourSubJudgementsAndNoOverallGrade() throws Exception {
        // Somerset, on site from 27 April 2026 (a short inspection).
        String id = Api.notified("933", "SHORT", "2026-04-20", "2026-04-27", "2026-05-01");
        Api.publish(id, """
                {"publishedDate": "2026-06-05", "judgements": [{"area": "OVERALL_EFFECTIVENESS", "grade": "GOOD"}]}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("judgements[0].area"))
                .body("detail", containsString("no overall effectiveness grade"));
        try (TopicLog log = TopicLog.open(bootstrapServers, "inspection-events")) {
            Api.publish(id, "{\"publishedDate\": \"2026-06-05\", \"judgements\": " + FOUR + "}").statusCode(200)
                    .body("framework", equalTo("ILACS_2026"))
                    .body("overallGrade", nullValue())
                    .body("judgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE",
                            "CARE_LEAVERS"));
            JsonNode published = await().atMost(Duration.ofSeconds(20)).until(() -> payload(log.records(id),
                    "csip.inspection.published.v1"), p -> p != null);
            assertThat(published.path("framework").asText()).isEqualTo("ILACS_2026");
            assertThat(published.path("overallGraded").asBoolean(true)).isFalse();
            assertThat(published.path("overallGrade").isNull()).isTrue();
            assertThat(published.path("judgements")).hasSize(4);
        }
    }

    @Test
    void importedFromAReportInThe2026ShapeAndShownOnTheTimelineJudgementByJudgement() {
        // Brent: an earlier ILACS 2023 inspection with an overall grade, then the April 2026 one without.
        String earlier = Api.notified("304", "SHORT", "2023-02-13", "2023-02-20", "2023-02-24");
        Api.publish(earlier, """
                {"publishedDate": "2023-04-11", "judgements": [
                  {"area": "OVERALL_EFFECTIVENESS", "grade": "GOOD"}, {"area": "IMPACT_OF_LEADERS", "grade": "GOOD"},
                  {"area": "HELP_AND_PROTECTION", "grade": "GOOD"}, {"area": "CHILDREN_IN_CARE", "grade": "GOOD"},
                  {"area": "CARE_LEAVERS", "grade": "GOOD"}]}""").statusCode(200);
        byte[] pdf = ReportPdfs.ilacs2026("Brent", "27 April to 1 May 2026");
        String draftId = Api.editor().contentType("multipart/form-data")
                .multiPart("file", "brent-2026.pdf", pdf, "application/pdf")
                .when().post("/api/inspections/import")
                .then().statusCode(201)
                .body("laCode", equalTo("304"))
                .body("type", equalTo("SHORT"))
                .body("framework", equalTo("ILACS_2026"))
                .body("judgements", hasSize(4))
                .body("judgements.area", not(org.hamcrest.Matchers.hasItem("OVERALL_EFFECTIVENESS")))
                .body("judgements.confidence", org.hamcrest.Matchers.everyItem(equalTo("HIGH")))
                .body("findings", hasSize(2))
                .body("flags.findAll { it.severity != 'NOTE' }.field", equalTo(List.of("publishedDate")))
                .extract().path("draftId");
        String id = Api.editor().body("{\"publishedDate\": \"2026-06-12\"}")
                .when().post("/api/inspections/import/" + draftId + "/confirm")
                .then().statusCode(201)
                .body("framework", equalTo("ILACS_2026"))
                .body("overallGrade", nullValue())
                .body("judgements.find { it.area == 'CHILDREN_IN_CARE' }.grade", equalTo("REQUIRES_IMPROVEMENT"))
                .extract().path("id");

        given().auth().oauth2(org.csip.inspection.Api.overseerToken("improvement-adviser"))
                .when().get("/api/local-authorities/304/timeline")
                .then().statusCode(200)
                // Where the council stands now: the 2026 judgements, and no overall grade — said so, not invented.
                .body("currentOverallGrade", nullValue())
                .body("currentGradePublished", equalTo("2026-06-12"))
                .body("currentGrading", containsString("no overall grade"))
                .body("currentJudgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION",
                        "CHILDREN_IN_CARE", "CARE_LEAVERS"))
                .body("currentJudgements.rank", contains(2, 2, 3, 2))
                .body("entries.inspectionId", contains(earlier, id))
                .body("entries[0].overallGrade", equalTo("GOOD"))
                .body("entries[0].overallGraded", equalTo(true))
                .body("entries[0].title", equalTo("ILACS short inspection: overall good"))
                .body("entries[1].overallGraded", equalTo(false))
                .body("entries[1].overallGrade", nullValue())
                .body("entries[1].title", equalTo("ILACS short inspection: no overall grade; leaders good, help and"
                        + " protection good, children in care requires improvement to be good, care leavers good"))
                .body("entries[1].judgements.label", contains(
                        "The impact of leaders on social work practice with children and families",
                        "The experiences and progress of children who need help and protection",
                        "The experiences and progress of children in care",
                        "The experiences and progress of care leavers"))
                .body("entries[1].judgements.gradeLabel[2]", equalTo("Requires improvement to be good"));
    }

    @Test
    void theFrameworksAreReadableByEveryReader() {
        Api.viewer("police").when().get("/api/frameworks").then().statusCode(200)
                .body("code", contains("SIF", "ILACS_2018", "ILACS_2023", "ILACS_2026", "NCPI", "UNGRADED"))
                .body("find { it.code == 'ILACS_2026' }.overall", nullValue())
                .body("find { it.code == 'ILACS_2026' }.onSiteFrom", equalTo("2026-04-01"))
                .body("find { it.code == 'ILACS_2026' }.areas.code", contains("IMPACT_OF_LEADERS",
                        "HELP_AND_PROTECTION", "CHILDREN_IN_CARE", "CARE_LEAVERS"))
                .body("find { it.code == 'SIF' }.areas.find { it.code == 'LSCB' }.required", equalTo(false))
                .body("find { it.code == 'SIF' }.scale", contains("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT",
                        "INADEQUATE"));
        given().when().get("/api/frameworks").then().statusCode(401);
    }

    private static JsonNode payload(List<ConsumerRecord<String, String>> records, String type) throws Exception {
        for (ConsumerRecord<String, String> record : records) {
            if (type.equals(TopicLog.header(record, "ce_type"))) {
                return new ObjectMapper().readTree(record.value());
            }
        }
        return null;
    }
}
