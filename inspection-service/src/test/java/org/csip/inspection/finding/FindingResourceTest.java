package org.csip.inspection.finding;

import static io.restassured.RestAssured.given;
import static org.csip.inspection.Api.editor;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
class FindingResourceTest {
    private static final String PRIORITY_ACTION = """
            {"kind": "PRIORITY_ACTION", "text": "Children placed at risk."}""";

    @Test
    void findingsOfAPublishedReportGetStableIdsInReportOrder() {
        String inspection = publishedFocusedVisit();
        String location = editor().body(PRIORITY_ACTION).when().post("/api/inspections/" + inspection + "/findings")
                .then().statusCode(201).body("sequence", equalTo(1)).body("kind", equalTo("PRIORITY_ACTION"))
                .extract().header("Location");
        editor().body("""
                {"kind": "PRIORITY_ACTION", "area": "HELP_AND_PROTECTION",
                 "text": "Little understanding of thresholds across the partnership."}""")
                .when().post("/api/inspections/" + inspection + "/findings").then().statusCode(201)
                .body("sequence", equalTo(2));
        String path = location.substring(location.indexOf("/api/"));
        Api.viewer("police").when().get(path).then().statusCode(200).body("text", equalTo("Children placed at risk."));
        given().auth().oauth2(TestTokens.overseer("board-member")).when().get("/api/inspections/" + inspection + "/findings")
                .then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void findingsComeFromAPublishedReport() {
        String notified = Api.notified("342", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        editor().body(PRIORITY_ACTION).when().post("/api/inspections/" + notified + "/findings")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("publish"));
        editor().body(PRIORITY_ACTION).when().post("/api/inspections/00000000-0000-0000-0000-000000000001/findings")
                .then().statusCode(404);
    }

    @Test
    void badFindingsAreRefusedNamingTheField() {
        String inspection = publishedFocusedVisit();
        editor().body("{\"kind\": \"OPINION\", \"text\": \"x\"}")
                .when().post("/api/inspections/" + inspection + "/findings").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        editor().body("{\"kind\": \"STRENGTH\", \"text\": \"  \"}")
                .when().post("/api/inspections/" + inspection + "/findings").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        editor().body("{\"kind\": \"STRENGTH\", \"text\": \"" + "y".repeat(2001) + "\"}")
                .when().post("/api/inspections/" + inspection + "/findings").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        String graded = Api.publishedInadequate("342", "2019-09-23", "2019-10-04", "2019-11-04");
        editor().body("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"area\": \"CHILDREN_IN_CARE\", \"text\": \"x\"}")
                .when().post("/api/inspections/" + graded + "/findings").then().statusCode(400)
                .body("errors.field", hasItem("area"));
    }

    @Test
    void onlyTheCouncilsInspectionEditorRecordsFindingsAndAnyPartnerReadsThem() {
        String inspection = publishedFocusedVisit();
        String path = "/api/inspections/" + inspection + "/findings";
        given().contentType("application/json").body(PRIORITY_ACTION).when().post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "inspection-editor")).contentType("application/json")
                .body(PRIORITY_ACTION).when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "viewer")).contentType("application/json")
                .body(PRIORITY_ACTION).when().post(path).then().statusCode(403);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get(path).then().statusCode(403);
        Api.viewer("health").when().get(path).then().statusCode(200);
    }

    @Test
    void aJointInspectionAddressesEachPartnerAndTheCouncilsOwnInspectionsTheCouncil() {
        String jtai = Api.notified("342", "JTAI", "2024-02-26", "2024-03-04", "2024-03-08");
        Api.publish(jtai, "{\"publishedDate\": \"2024-04-22\", \"responseDue\": \"2024-04-19\"}").statusCode(400)
                .body("errors.field", hasItem("responseDue"));
        Api.publish(jtai, "{\"publishedDate\": \"2024-04-22\", \"responseDue\": \"4000-01-01\"}").statusCode(400)
                .body("errors.field", hasItem("responseDue"));
        Api.publish(jtai, "{\"publishedDate\": \"2024-04-22\", \"responseDue\": \"2024-08-02\"}").statusCode(200)
                .body("responseDue", equalTo("2024-08-02"));
        String path = "/api/inspections/" + jtai + "/findings";
        editor().body("""
                {"kind": "AREA_FOR_IMPROVEMENT", "addressedTo": ["HEALTH", "POLICE"],
                 "text": "The timeliness of strategy discussions between police and health."}""")
                .when().post(path).then().statusCode(201).body("addressedTo", contains("POLICE", "HEALTH"));
        editor().body("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"Partnership oversight of the front door.\"}")
                .when().post(path).then().statusCode(201).body("addressedTo", contains("PARTNERSHIP"));
        editor().body("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"addressedTo\": [\"POLICE\"], \"text\": \"x\"}")
                .when().post(path).then().statusCode(201).body("addressedTo", contains("POLICE"));
        Api.viewer("police").when().get(path).then().statusCode(200)
                .body("addressedTo", contains(List.of("POLICE", "HEALTH"), List.of("PARTNERSHIP"), List.of("POLICE")));

        String visit = publishedFocusedVisit();
        editor().body(PRIORITY_ACTION).when().post("/api/inspections/" + visit + "/findings").then().statusCode(201)
                .body("addressedTo", contains("COUNCIL"));
        editor().body("{\"kind\": \"PRIORITY_ACTION\", \"addressedTo\": [\"POLICE\"], \"text\": \"x\"}")
                .when().post("/api/inspections/" + visit + "/findings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("addressedTo"))
                .body("errors.message", hasItem(containsString("does not address POLICE")));
    }

    @Test
    void badAddresseesAreRefusedNamingTheFieldAndStoreNothing() {
        String jtai = Api.notified("342", "JTAI", "2024-05-13", "2024-05-20", "2024-05-24");
        Api.publish(jtai, "{\"publishedDate\": \"2024-07-01\"}").statusCode(200);
        String path = "/api/inspections/" + jtai + "/findings";
        for (String addressees : List.of("[]", "[\"police\"]", "[\"FIRE\"]", "[null]", "\"POLICE\"", "[\"POLICE\\u0000\"]",
                "[\"" + "P".repeat(1_000_000) + "\"]", "[\"COUNCIL\", \"POLICE\", \"HEALTH\", \"PARTNERSHIP\", \"POLICE\"]")) {
            editor().body("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"x\", \"addressedTo\": " + addressees + "}")
                    .when().post(path).then().statusCode(anyOf(equalTo(400), equalTo(413)))
                    .contentType("application/problem+json");
        }
        Api.viewer("police").when().get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    private static String publishedFocusedVisit() {
        String id = Api.notified("342", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        Api.publish(id, "{\"publishedDate\": \"2018-08-10\"}").statusCode(200);
        return id;
    }
}
