package org.csip.inspection.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Councils as tenants in the inspection-service, with organisations shaped as Keycloak issues them: a council's
 * people record and read only their council's inspections and interventions; a police force or health board reads
 * those of the councils it covers; an overseer those assigned; no query or token widens that, and a record or
 * council outside is a 403 problem, never an empty answer that looks like success.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest {
    private boolean recorded;
    // Councils no other test of this service records in, so each test's lists and timelines stay its own.
    private static final String LIVERPOOL = "341";
    private static final String KNOWSLEY = "340";
    private static final String CORNWALL = "908";
    /** The weeks of this class's inspections: other classes record many more in these councils. */
    private static final java.util.Map<String, String> WINDOW = java.util.Map.of("from", "2024-01-01", "to",
            "2024-03-31", "size", "200");

    private String liverpool;
    private String knowsley;
    private String cornwall;

    @BeforeEach
    void eachCouncilRecordsItsOwn() {
        if (recorded) {
            return;
        }
        recorded = true;
        liverpool = notified(editorOf(LIVERPOOL), LIVERPOOL, "2024-01-15");
        knowsley = notified(editorOf(KNOWSLEY), KNOWSLEY, "2024-02-12");
        cornwall = notified(editorOf(CORNWALL), CORNWALL, "2024-03-11");
    }

    @Test
    void aCouncilsInspectionEditorRecordsForItsOwnCouncilOnly() {
        as(editorOf(LIVERPOOL)).body(notification("344", "2024-04-08")).when().post("/api/inspections")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("laCode: council 344 is not one this token covers (it covers 341)"));
        as(editorOf(LIVERPOOL)).header("If-Match", "\"0\"").body("{\"onSiteStart\": \"2024-02-19\"}")
                .when().post("/api/inspections/" + knowsley + "/start").then().statusCode(403);
        as(editorOf(KNOWSLEY)).header("If-Match", "\"0\"").body("{\"onSiteStart\": \"2024-02-19\"}")
                .when().post("/api/inspections/" + knowsley + "/start").then().statusCode(200);
        as(editorOf(LIVERPOOL)).body(intervention(KNOWSLEY)).when().post("/api/interventions").then().statusCode(403);
    }

    @Test
    void aCouncilReadsItsOwnAndIsRefusedAnothersNeverGivenAnEmptyList() {
        String token = viewerOf(LIVERPOOL);
        given().auth().oauth2(token).queryParams(WINDOW).when().get("/api/inspections").then().statusCode(200)
                .body("laCode", everyItem(is(LIVERPOOL))).body("id", hasItem(liverpool));
        given().auth().oauth2(token).when().get("/api/inspections/" + knowsley).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("council 340"));
        given().auth().oauth2(token).when().get("/api/inspections/" + knowsley + "/findings").then().statusCode(403);
        given().auth().oauth2(token).queryParam("laCode", KNOWSLEY).when().get("/api/inspections").then()
                .statusCode(403).body("detail", containsString("laCode"));
        given().auth().oauth2(token).queryParam("laCode", KNOWSLEY).when().get("/api/interventions").then()
                .statusCode(403);
        given().auth().oauth2(token).when().get("/api/local-authorities/340/timeline").then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/local-authorities/341/timeline").then().statusCode(200);
    }

    @Test
    void aForceReadsEveryCouncilItCoversAndNoneOutsideItsArea() {
        String police = TestTokens.user("police", "viewer");
        given().auth().oauth2(police).queryParams(WINDOW).when().get("/api/inspections").then().statusCode(200)
                .body("id", hasItems(liverpool, knowsley)).body("id", not(hasItem(cornwall)))
                .body("laCode", everyItem(isOneOf("340", "341", "342", "343", "344")));
        given().auth().oauth2(police).queryParams(WINDOW).queryParam("laCode", KNOWSLEY).when().get("/api/inspections")
                .then().statusCode(200).body("laCode", everyItem(is(KNOWSLEY))).body("id", hasItem(knowsley));
        given().auth().oauth2(police).when().get("/api/inspections/" + cornwall).then().statusCode(403);
        given().auth().oauth2(police).queryParam("laCode", CORNWALL).when().get("/api/inspections").then().statusCode(403);
        // Cornwall's own force reads it.
        given().auth().oauth2(TestTokens.member("devon-cornwall-police", "police", List.of(CORNWALL), "viewer"))
                .when().get("/api/inspections/" + cornwall).then().statusCode(200);
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/inspections/" + cornwall).then()
                .statusCode(403);
    }

    @Test
    void anOverseerReadsTheCouncilsAssignedToThem() {
        String adviser = TestTokens.overseerOf(List.of(LIVERPOOL, KNOWSLEY), "improvement-adviser");
        given().auth().oauth2(adviser).when().get("/api/inspections/" + knowsley).then().statusCode(200);
        given().auth().oauth2(adviser).when().get("/api/local-authorities/340/timeline").then().statusCode(200);
        given().auth().oauth2(adviser).when().get("/api/inspections/" + cornwall).then().statusCode(403);
        given().auth().oauth2(adviser).queryParams(WINDOW).when().get("/api/inspections").then().statusCode(200)
                .body("laCode", everyItem(isOneOf(LIVERPOOL, KNOWSLEY))).body("id", hasItems(liverpool, knowsley));
    }

    @Test
    void noSpellingOrTokenWidensWhatIsCovered() {
        String token = viewerOf(LIVERPOOL);
        for (String bad : new String[] {"34O", " 340x", "3400", "340\u0000", "*", "340,342", "3".repeat(1_000)}) {
            given().auth().oauth2(token).queryParam("laCode", bad).when().get("/api/inspections").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("laCode"));
        }
        given().auth().oauth2(token).queryParam("lacode", KNOWSLEY).when().get("/api/inspections").then()
                .statusCode(400);
        given().auth().oauth2(token).queryParam("laCode", LIVERPOOL).queryParam("laCode", KNOWSLEY)
                .when().get("/api/inspections").then().statusCode(400);
        // A token naming two organisations speaks for neither; one whose organisation names no council, or a
        // token from before tenancy in a deployment that does not say which council it served, covers none.
        String twoCouncils = TestTokens.memberOfTwoCouncils("liverpool", LIVERPOOL, "knowsley", KNOWSLEY, "viewer");
        String legacy = TestTokens.legacyUser("council", "viewer");
        String none = TestTokens.member("liverpool", "council", List.of(), "viewer");
        String unknownKind = TestTokens.member("merseyside-fire", "fire", List.of(LIVERPOOL), "viewer");
        for (String coversNothing : new String[] {legacy, none, unknownKind, twoCouncils}) {
            given().auth().oauth2(coversNothing).when().get("/api/inspections").then().statusCode(403)
                    .body("detail", containsString("covers no council"));
            given().auth().oauth2(coversNothing).when().get("/api/inspections/" + liverpool).then().statusCode(403);
        }
    }

    private static String viewerOf(String laCode) {
        return TestTokens.member("council-" + laCode, "council", List.of(laCode), "viewer");
    }

    private static String editorOf(String laCode) {
        return TestTokens.member("council-" + laCode, "council", List.of(laCode), "inspection-editor", "viewer");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String notified(String token, String laCode, String date) {
        return as(token).body(notification(laCode, date)).when().post("/api/inspections").then().statusCode(201)
                .extract().path("id");
    }

    private static String notification(String laCode, String date) {
        return "{\"laCode\": \"" + laCode + "\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"" + date + "\"}";
    }

    private static String intervention(String laCode) {
        return "{\"laCode\": \"" + laCode + "\", \"type\": \"IMPROVEMENT_NOTICE\", \"startDate\": \"2024-01-01\","
                + " \"reviewCadenceWeeks\": 6, \"adviser\": \"A Adviser\"}";
    }
}
