package org.csip.inspection.timeline;

import static io.restassured.RestAssured.given;
import static org.csip.inspection.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.inspection.Api;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class TimelineResourceTest {

    @Test
    void aCouncilsHistoryReadsInDateOrderWithWhereItStandsNow() {
        // Recorded out of order on purpose: the timeline orders by when things happened.
        String ilacs = Api.publishedInadequate("876", "2019-09-23", "2019-10-04", "2019-11-04");
        String focused = Api.notified("876", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        Api.publish(focused, """
                {"publishedDate": "2018-08-10", "findings": [
                  {"kind": "PRIORITY_ACTION", "text": "Children placed at risk."},
                  {"kind": "PRIORITY_ACTION", "text": "Thresholds."},
                  {"kind": "AREA_FOR_IMPROVEMENT", "text": "Supervision."}]}""").statusCode(200);
        String notice = editor().body("""
                {"laCode": "876", "type": "IMPROVEMENT_NOTICE", "startDate": "2019-12-16",
                 "triggeredByInspectionId": "%s", "reviewCadenceWeeks": 6}""".formatted(ilacs))
                .when().post("/api/interventions").then().statusCode(201).extract().path("id");
        editor().body("{\"reviewDate\": \"2020-01-27\"}").when().post("/api/interventions/" + notice + "/reviews")
                .then().statusCode(201);
        editor().body("{\"endDate\": \"2020-06-01\", \"reason\": \"Lifted\"}")
                .when().post("/api/interventions/" + notice + "/end").then().statusCode(200);
        Api.notified("876", "MONITORING_VISIT", "2020-04-29", "2020-05-06", "2020-05-07");

        given().auth().oauth2(org.csip.inspection.Api.overseerToken("improvement-adviser"))
                .when().get("/api/local-authorities/876/timeline")
                .then().statusCode(200)
                .body("laCode", equalTo("876"))
                .body("name", equalTo("Halton"))
                .body("currentOverallGrade", equalTo("INADEQUATE"))
                .body("currentGradePublished", equalTo("2019-11-04"))
                .body("interventionsInForce", hasSize(0))
                .body("entries.kind", contains("INSPECTION", "INSPECTION", "INTERVENTION_STARTED",
                        "INSPECTION", "INTERVENTION_ENDED"))
                .body("entries.date", contains("2018-07-10", "2019-09-23", "2019-12-16", "2020-05-06", "2020-06-01"))
                .body("entries[0].findings.PRIORITY_ACTION", equalTo(2))
                .body("entries[0].findings.AREA_FOR_IMPROVEMENT", equalTo(1))
                .body("entries[1].overallGrade", equalTo("INADEQUATE"))
                .body("entries[1].judgements", hasSize(4))
                .body("entries[1].title", equalTo("ILACS standard inspection: overall inadequate"))
                .body("entries[2].reviewsHeld", equalTo(1))
                .body("entries[3].status", equalTo("NOTIFIED"))
                .body("entries[4].reason", equalTo("Lifted"));
    }

    @Test
    void anUnknownCouncilIs404AndTheTimelineNeedsAReader() {
        Api.viewer("police").when().get("/api/local-authorities/999/timeline").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/local-authorities/342/timeline").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("health", "workforce-editor"))
                .when().get("/api/local-authorities/342/timeline").then().statusCode(403);
        Api.viewer("health").when().get("/api/local-authorities/342/timeline").then().statusCode(200)
                .body("region", equalTo("North West"));
    }
}
