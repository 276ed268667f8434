package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csip.stack.LocalStack;
import org.csip.testing.ReportPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partnership's own scrutiny, against the whole stack with real Keycloak tokens, Kafka and PostgreSQL: a joint
 * targeted area inspection of Knowsley recorded by hand and another read from a letter PDF written in the published
 * shape; each partner sees the findings addressed to it (and the partnership's), never another's; the plan's
 * coverage is counted per partner; the written statements fall due on the right days — one counted across Easter
 * and the May bank holidays, one as its letter sets.
 */
@ExtendWith(StackExtension.class)
class PartnershipScrutinyIT {
    private static final String KNOWSLEY = "340";
    private static LocalStack stack;
    private static String director;
    private static String byHand;
    private static String fromLetter;
    private static List<Map<String, Object>> handFindings;

    @BeforeAll
    static void twoJointInspectionsOfKnowsley() {
        stack = StackExtension.stack();
        director = Keycloak.userToken(stack, TestPlan.EDITOR);
        byHand = as(director).body("""
                {"laCode": "340", "type": "JTAI", "notifiedDate": "2026-01-19", "onSiteStart": "2026-02-09",
                 "onSiteEnd": "2026-02-13", "theme": "The multi-agency response to children at risk of exploitation"}""")
                .when().post(url("/api/inspections")).then().statusCode(201).extract().path("id");
        as(director).body("""
                {"publishedDate": "2026-03-16", "findings": [
                  {"kind": "AREA_FOR_IMPROVEMENT", "addressedTo": ["POLICE"],
                   "text": "Police officers do not always share information about missing children quickly."},
                  {"kind": "AREA_FOR_IMPROVEMENT", "addressedTo": ["HEALTH"],
                   "text": "Health practitioners are not always invited to strategy discussions."},
                  {"kind": "PRIORITY_ACTION", "addressedTo": ["PARTNERSHIP"],
                   "text": "Partners do not have a shared picture of exploitation across the area."}]}""")
                .when().post(url("/api/inspections/" + byHand + "/publish")).then().statusCode(200);
        handFindings = as(director).when().get(url("/api/inspections/" + byHand + "/findings")).then().statusCode(200)
                .extract().jsonPath().getList("$");

        byte[] letter = ReportPdf.jtaiLetter("Knowsley", "20 April 2026", "9 to 13 March 2026", "14 July 2026",
                "The timeliness of strategy discussions held by the police.",
                "The quality of health visitors’ records of children’s needs.",
                "How well leaders across the partnership understand the needs of families.");
        JsonPath draft = given().auth().oauth2(director).multiPart("file", "knowsley-jtai.pdf", letter, "application/pdf")
                .when().post(url("/api/inspections/import")).then().statusCode(201).extract().jsonPath();
        assertThat(draft.getString("format")).isEqualTo("JTAI_LETTER");
        assertThat(draft.getString("laCode")).isEqualTo(KNOWSLEY);
        assertThat(draft.getBoolean("readyToConfirm")).isTrue();
        assertThat(draft.getList("findings.addressedTo")).containsExactly(List.of("POLICE"), List.of("HEALTH"),
                List.of("PARTNERSHIP"));
        fromLetter = as(director).body("{}").when()
                .post(url("/api/inspections/import/" + draft.getString("draftId") + "/confirm")).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void eachPartnerSeesTheFindingsAddressedToItAndThePartnershipsButNeverAnothersAlone() {
        String police = Keycloak.userToken(stack, "police.lead");
        String health = Keycloak.userToken(stack, "health.lead");
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(police, "merseyside-police").size() >= 4);
        List<String> forPolice = texts(police, "merseyside-police");
        assertThat(forPolice).contains(text(0), text(2), "The timeliness of strategy discussions held by the police.",
                "How well leaders across the partnership understand the needs of families.")
                .doesNotContain(text(1), "The quality of health visitors’ records of children’s needs.");
        List<String> forHealth = texts(health, "health");
        assertThat(forHealth).contains(text(1), text(2), "The quality of health visitors’ records of children’s needs.")
                .doesNotContain(text(0), "The timeliness of strategy discussions held by the police.");
        // Not by a query: the path decides whose findings they are.
        given().auth().oauth2(police).queryParam("addressedTo", "HEALTH").when()
                .get(url("/partners/merseyside-police/findings")).then().statusCode(400);
        given().auth().oauth2(health).when().get(url("/partners/police/findings")).then().statusCode(403);
        given().auth().oauth2(health).when().get(url("/partners/merseyside-police/findings")).then().statusCode(404);
    }

    @Test
    void aPlanAnsweringTheInspectionCountsEachPartnersFindingsAnswered() {
        String plan = as(director).body("""
                {"laCode": "340", "title": "Written statement of action 2026", "inspectionIds": ["%s"]}""".formatted(byHand))
                .when().post(url("/api/plans")).then().statusCode(201).extract().path("id");
        String theme = as(director).body("{\"title\": \"Exploitation\"}").when()
                .post(url("/api/plans/" + plan + "/themes")).then().statusCode(201).extract().path("id");
        as(director).body("""
                {"themeId": "%s", "title": "Missing-children information shared within a day", "leadAgency": "POLICE",
                 "owner": "Detective inspector, public protection", "startDate": "2026-04-01", "dueDate": "2026-09-30",
                 "findingIds": ["%s"]}""".formatted(theme, handFindings.get(0).get("id")))
                .when().post(url("/api/plans/" + plan + "/actions")).then().statusCode(201);
        JsonPath coverage = given().auth().oauth2(Keycloak.userToken(stack, "police.lead")).when()
                .get(url("/api/plans/" + plan + "/coverage")).then().statusCode(200).extract().jsonPath();
        assertThat(coverage.getList("byAddressee.addressee")).containsExactly("POLICE", "HEALTH", "PARTNERSHIP");
        assertThat(coverage.getList("byAddressee.covered")).containsExactly(1, 0, 0);
        assertThat(coverage.getList("byAddressee.uncoveredPriorityActions")).containsExactly(0, 0, 1);
    }

    @Test
    void theWrittenStatementsFallDueAcrossTheBankHolidaysOrOnTheLettersDate() {
        String police = Keycloak.userToken(stack, "police.lead");
        // Published Monday 16 March 2026: 70 working days skip Good Friday, Easter Monday and both May bank holidays.
        Map<String, Object> counted = deadline(police, "WRITTEN_STATEMENT_AFTER_JTAI/" + byHand);
        assertThat(counted.get("dueDate")).isEqualTo("2026-06-26");
        assertThat(counted.get("owner")).isEqualTo("PARTNERSHIP");
        assertThat((String) counted.get("basis")).contains("70 working days after publication (2026-03-16)");
        Map<String, Object> lettered = deadline(police, "WRITTEN_STATEMENT_AFTER_JTAI/" + fromLetter);
        assertThat(lettered.get("dueDate")).isEqualTo("2026-07-14");
        assertThat(lettered.get("basis")).isEqualTo("the date the report sets, as recorded with the inspection");
    }

    @Test
    void theForceRecordsItsOwnInspectionWhichEveryCouncilItCoversSeesOnItsFeedsListsAndDeadlines() throws Exception {
        String police = Keycloak.userToken(stack, "police.lead");
        try (FeedFollower policeFeed = new FeedFollower("/partners/police/events?laCode=344", stack.gatewayUrls(), 0,
                () -> Keycloak.feedToken(stack, "police"), null);
             FeedFollower healthFeed = new FeedFollower("/partners/health/events?laCode=340", stack.gatewayUrls(), 0,
                () -> Keycloak.feedToken(stack, "health"), null)) {
            // HMICFRS's child protection inspection of Merseyside Police, recorded by the force's own lead.
            String inspection = as(police).body("""
                    {"type": "FORCE_CHILD_PROTECTION", "notifiedDate": "2026-02-02", "onSiteStart": "2026-02-16",
                     "onSiteEnd": "2026-02-27"}""").when().post(url("/api/inspections")).then().statusCode(201)
                    .extract().path("id");
            // Published Tuesday 5 May 2026: the force's action plan is due six weeks on, Tuesday 16 June.
            as(police).body("""
                    {"publishedDate": "2026-05-05", "judgements": [{"area": "INITIAL_RESPONSE", "grade": "ADEQUATE"}],
                     "findings": [{"kind": "AREA_FOR_IMPROVEMENT",
                                   "text": "The force should make sure strategy discussions include the child's voice."}]}""")
                    .when().post(url("/api/inspections/" + inspection + "/publish")).then().statusCode(200)
                    .extract().jsonPath();
            JsonPath recorded = as(police).when().get(url("/api/inspections/" + inspection)).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(recorded.getString("laCode")).isNull();
            assertThat(recorded.getString("organisation")).isEqualTo("merseyside-police");
            assertThat(recorded.getList("councils")).containsExactly("340", "341", "342", "343", "344");
            assertThat(recorded.getString("framework")).isEqualTo("NCPI");

            // Each council's people read it; the council does not change it, nor does the police lead a council's.
            for (String person : List.of("director", "knowsley.director", "wirral.director")) {
                String token = Keycloak.userToken(stack, person);
                assertThat(given().auth().oauth2(token).queryParam("type", "FORCE_CHILD_PROTECTION").when()
                        .get(url("/api/inspections")).then().statusCode(200).extract().jsonPath().getList("id", String.class))
                        .as(person).contains(inspection);
            }
            as(director).body("{\"reason\": \"not the council's\"}").when()
                    .post(url("/api/inspections/" + inspection + "/withdraw")).then().statusCode(403);
            as(police).body("{\"laCode\": \"340\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2026-02-02\"}")
                    .when().post(url("/api/inspections")).then().statusCode(403);

            // The deadline is the force's, on every council it covers.
            Map<String, Object> due = deadline(police,
                    "FORCE_ACTION_PLAN_AFTER_CHILD_PROTECTION_INSPECTION/" + inspection);
            assertThat(due.get("dueDate")).isEqualTo("2026-06-16");
            assertThat(due.get("owner")).isEqualTo("POLICE");
            // Both partners' feeds carry its publication, on whichever of the force's councils they follow.
            for (FeedFollower feed : List.of(policeFeed, healthFeed)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> feed.received().stream().anyMatch(e ->
                        "csip.inspection.published.v1".equals(e.type()) && e.data().contains(inspection)));
            }
        }
    }

    /** The deadline as {@code token} reads it, once the action-plan-service has learned the inspection. */
    private static Map<String, Object> deadline(String token, String key) {
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(token).queryParam("laCode", KNOWSLEY)
                .when().get(url("/api/deadlines")).then().statusCode(200).extract().jsonPath().getList("key")
                .contains(key));
        List<Map<String, Object>> all = given().auth().oauth2(token).queryParam("laCode", KNOWSLEY).when()
                .get(url("/api/deadlines")).then().extract().jsonPath().getList("$");
        return all.stream().filter(d -> key.equals(d.get("key"))).findFirst().orElseThrow();
    }

    private static String text(int finding) {
        return (String) handFindings.get(finding).get("text");
    }

    private static List<String> texts(String token, String door) {
        return given().auth().oauth2(token).queryParam("laCode", KNOWSLEY).when().get(url("/partners/" + door + "/findings"))
                .then().statusCode(200).extract().path("text");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String url(String path) {
        return stack.gatewayUrl() + path;
    }
}
