package org.csip.inspection.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.Rows;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * HMICFRS's child protection inspection of a police force (issue 23): the force's own inspection editors record it;
 * it belongs to the force and so to every council the force covers — each council's people read it, on their
 * timeline too, as does another force covering one of them, but only the force changes it — and its events name
 * every one of those councils, so each council's feed carries them. Lancashire's councils are this class's own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ForceInspectionTest {
    private static final List<String> LANCASHIRE = List.of("888", "889", "890");
    private static final String FORCE = TestTokens.member("lancashire-constabulary", "police", LANCASHIRE,
            "inspection-editor", "viewer");

    @Inject
    DataSource dataSource;

    @Test
    void aForceRecordsItsInspectionWhichBelongsToEveryCouncilItCovers() {
        String id = as(FORCE).body("""
                {"type": "FORCE_CHILD_PROTECTION", "notifiedDate": "2016-01-11", "onSiteStart": "2016-01-25",
                 "onSiteEnd": "2016-02-05", "leadInspector": "HMI"}""")
                .when().post("/api/inspections").then().statusCode(201)
                .body("laCode", nullValue()).body("organisation", equalTo("lancashire-constabulary"))
                .body("councils", contains("888", "889", "890")).body("inspectorates", contains("HMICFRS"))
                .extract().path("id");
        as(FORCE).body("""
                {"publishedDate": "2016-05-10", "judgements": [
                   {"area": "INVESTIGATION", "grade": "INADEQUATE"},
                   {"area": "PARTNERSHIP_WORKING", "grade": "REQUIRES_IMPROVEMENT"}],
                 "findings": [{"kind": "AREA_FOR_IMPROVEMENT", "text": "Within three months, review how the force hears the voice of the child."}]}""")
                .when().post("/api/inspections/" + id + "/publish").then().statusCode(200)
                .body("framework", equalTo("NCPI")).body("overallGrade", nullValue());
        given().auth().oauth2(FORCE).when().get("/api/inspections/" + id + "/findings").then().statusCode(200)
                .body("addressedTo[0]", contains("POLICE"));
        // A force's inspection addresses the police only.
        as(FORCE).body("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"x\", \"addressedTo\": [\"COUNCIL\"]}")
                .when().post("/api/inspections/" + id + "/findings").then().statusCode(400)
                .body("errors.field", hasItem("addressedTo"));

        // Each of its councils' people read it, in lists and on their timeline, which takes no grade from it.
        for (String council : LANCASHIRE) {
            String viewer = TestTokens.member("council-" + council, "council", List.of(council), "viewer");
            given().auth().oauth2(viewer).when().get("/api/inspections/" + id).then().statusCode(200);
            given().auth().oauth2(viewer).queryParams(Map.of("from", "2016-01-01", "to", "2016-12-31"))
                    .when().get("/api/inspections").then().statusCode(200).body("id", hasItem(id));
            given().auth().oauth2(viewer).when().get("/api/local-authorities/" + council + "/timeline").then()
                    .statusCode(200).body("entries.inspectionId", hasItem(id))
                    .body("entries.find { it.inspectionId == '" + id + "' }.title",
                            containsString("(lancashire-constabulary)"))
                    .body("currentOverallGrade", nullValue())
                    // In HMICFRS's words, not Ofsted's "requires improvement to be good".
                    .body("entries.find { it.inspectionId == '" + id + "' }.judgements.find { it.area =="
                            + " 'PARTNERSHIP_WORKING' }.gradeLabel", equalTo("Requires improvement"));
        }
        given().auth().oauth2(FORCE).when().get("/api/frameworks").then().statusCode(200)
                .body("find { it.code == 'NCPI' }.gradeLabels.REQUIRES_IMPROVEMENT", equalTo("Requires improvement"))
                .body("find { it.code == 'ILACS_2023' }.gradeLabels.REQUIRES_IMPROVEMENT",
                        equalTo("Requires improvement to be good"));
        // Nobody outside: Merseyside's force and councils, a council viewer naming a council it does not cover.
        String merseyside = TestTokens.member("merseyside-police", "police", TestTokens.MERSEYSIDE, "viewer");
        given().auth().oauth2(merseyside).when().get("/api/inspections/" + id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("888, 889, 890"));
        given().auth().oauth2(merseyside).queryParams(Map.of("from", "2016-01-01", "to", "2016-12-31"))
                .when().get("/api/inspections").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.member("council-341", "council", List.of("341"), "viewer"))
                .when().get("/api/inspections/" + id + "/findings").then().statusCode(403);

        // Its events name no single council but every one of the force's, for their feeds.
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", id)).isEqualTo(3);
        assertThat(Rows.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND la_code IS NULL"
                + " AND councils = '888,889,890' AND event_type IN ('csip.inspection.notified.v1',"
                + " 'csip.inspection.published.v1', 'csip.finding.recorded.v1')", id)).isEqualTo(3);
    }

    @Test
    void onlyTheForceChangesItAndEachKindIsRecordedByWhomItInspects() {
        String id = as(FORCE).body("{\"type\": \"FORCE_CHILD_PROTECTION\", \"notifiedDate\": \"2016-03-07\"}")
                .when().post("/api/inspections").then().statusCode(201).extract().path("id");
        // Another force covering one of its councils reads it, but it is not theirs to change.
        String neighbour = TestTokens.member("british-transport-police", "police", List.of("888"),
                "inspection-editor", "viewer");
        given().auth().oauth2(neighbour).when().get("/api/inspections/" + id).then().statusCode(200);
        as(neighbour).header("If-Match", "\"0\"").body("{\"onSiteStart\": \"2016-03-14\"}")
                .when().post("/api/inspections/" + id + "/start").then().statusCode(403)
                .body("detail", containsString("lancashire-constabulary's"));
        // A council's inspection editor covering its councils does not record or change the force's inspection.
        String councilEditor = TestTokens.member("council-888", "council", List.of("888"), "inspection-editor");
        as(councilEditor).body("{\"reason\": \"not ours\"}").when().post("/api/inspections/" + id + "/withdraw")
                .then().statusCode(403).body("detail", containsString("police's inspection editors"));
        as(councilEditor).body("{\"type\": \"FORCE_CHILD_PROTECTION\", \"notifiedDate\": \"2016-03-07\"}")
                .when().post("/api/inspections").then().statusCode(403);
        // Nor does the force record a council's inspection, or name one council for its own.
        as(FORCE).body("{\"laCode\": \"888\", \"type\": \"STANDARD\", \"notifiedDate\": \"2016-03-07\"}")
                .when().post("/api/inspections").then().statusCode(403);
        as(FORCE).body("{\"laCode\": \"888\", \"type\": \"FORCE_CHILD_PROTECTION\", \"notifiedDate\": \"2016-03-07\"}")
                .when().post("/api/inspections").then().statusCode(400).body("errors.field", hasItem("laCode"));
        // The force's own editor withdraws it; it cannot become a council's kind.
        as(FORCE).header("If-Match", "\"0\"").body("{\"type\": \"STANDARD\", \"notifiedDate\": \"2016-03-07\"}")
                .when().put("/api/inspections/" + id).then().statusCode(409)
                .body("detail", containsString("inspects a council"));
        as(FORCE).body("{\"reason\": \"Postponed by HMICFRS\"}").when().post("/api/inspections/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aJointInspectionNamesItsInspectoratesAndNoOthers() {
        String editor = TestTokens.member("council-888", "council", List.of("888"), "inspection-editor", "viewer");
        String jtai = "{\"laCode\": \"888\", \"type\": \"JTAI\", \"notifiedDate\": \"2016-06-06\", \"theme\": \"Neglect\"";
        as(editor).body(jtai + "}").when().post("/api/inspections").then().statusCode(201)
                .body("inspectorates", contains("OFSTED", "CQC", "HMICFRS"));
        as(editor).body(jtai + ", \"inspectorates\": [\"HMI_PROBATION\", \"HMICFRS\", \"CQC\", \"OFSTED\"]}")
                .when().post("/api/inspections").then().statusCode(201)
                .body("inspectorates", contains("OFSTED", "CQC", "HMICFRS", "HMI_PROBATION"));
        for (String bad : new String[] {"[\"OFSTED\", \"CQC\"]", "[\"OFSTED\", \"CQC\", \"HMICFRS\", \"LGA\"]",
                "[\"OFSTED\", \"CQC\", \"HMICFRS\", \"HMICFRS\"]", "[\"ofsted\", \"CQC\", \"HMICFRS\"]",
                "[\"OFSTED\\u0000\", \"CQC\", \"HMICFRS\"]", "[null]"}) {
            as(editor).body(jtai + ", \"inspectorates\": " + bad + "}").when().post("/api/inspections").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(containsString("inspectorates")));
        }
        // A JTAI is published with its theme.
        String untitled = as(editor).body("{\"laCode\": \"888\", \"type\": \"JTAI\", \"notifiedDate\": \"2016-06-06\","
                + " \"onSiteStart\": \"2016-06-13\", \"onSiteEnd\": \"2016-06-17\"}").when().post("/api/inspections")
                .then().statusCode(201).extract().path("id");
        as(editor).body("{\"publishedDate\": \"2016-08-01\"}").when().post("/api/inspections/" + untitled + "/publish")
                .then().statusCode(400).body("errors.field", hasItem("theme"));
        // The kinds are data; an unknown one is a 400 listing those CSIP knows.
        as(editor).body("{\"laCode\": \"888\", \"type\": \"PEEL\", \"notifiedDate\": \"2016-06-06\"}")
                .when().post("/api/inspections").then().statusCode(400).body("errors.field", hasItem("type"))
                .body("errors.message", hasItem(containsString("FORCE_CHILD_PROTECTION")));
        given().auth().oauth2(editor).queryParam("type", "PEEL").when().get("/api/inspections").then().statusCode(400);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
