package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csip.local.demo.DemoStory;
import org.csip.local.demo.GatewayClient;
import org.csip.stack.LocalStack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo story of docs/domain.md §5 is in the running system, and the timeline tells it in order. */
@ExtendWith(StackExtension.class)
@Order(1)
class DemoStoryIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void stHelensHistoryIsLoadedAndItsTimelineReadsInOrder() {
        DemoStory.Summary demo = StackExtension.demo();
        assertThat(demo.alreadyLoaded()).isFalse();
        assertThat(demo.inspections()).isEqualTo(7);
        assertThat(demo.findings()).isEqualTo(17);

        JsonPath timeline = given().auth().oauth2(Keycloak.userToken(stack, "police.lead"))
                .when().get(stack.gatewayUrl() + "/api/local-authorities/342/timeline")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getString("name")).isEqualTo("St. Helens");
        assertThat(timeline.getString("currentOverallGrade")).isEqualTo("GOOD");
        assertThat(timeline.getString("currentGradePublished")).isEqualTo("2023-09-04");

        // Other system tests may add notified visits for 342, and inspections of Merseyside Police (which covers it);
        // the story is St Helens' own published inspections, plus interventions.
        List<Map<String, Object>> story = timeline.<Map<String, Object>>getList("entries").stream()
                .filter(e -> !"INSPECTION".equals(e.get("kind")) || "PUBLISHED".equals(e.get("status")))
                .filter(e -> !"FORCE_CHILD_PROTECTION".equals(e.get("type")))
                .toList();
        assertThat(story).extracting(e -> e.get("date") + " " + e.get("kind") + " " + e.getOrDefault("type", ""))
                .containsExactly(
                        "2014-11-05 INSPECTION SIF",
                        "2018-07-10 INSPECTION FOCUSED_VISIT",
                        "2018-10-15 INSPECTION PEER_REVIEW",
                        "2018-11-13 INSPECTION FOCUSED_VISIT",
                        "2019-09-23 INSPECTION STANDARD",
                        "2019-12-16 INTERVENTION_STARTED IMPROVEMENT_NOTICE",
                        "2020-05-06 INSPECTION MONITORING_VISIT",
                        "2023-07-10 INSPECTION STANDARD",
                        "2023-11-06 INTERVENTION_ENDED IMPROVEMENT_NOTICE");
        assertThat(story.get(0).get("overallGrade")).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(((Map<?, ?>) story.get(1).get("findings")).get("PRIORITY_ACTION")).isEqualTo(3);
        assertThat(story.get(4).get("overallGrade")).isEqualTo("INADEQUATE");
        assertThat(((Map<?, ?>) story.get(4).get("findings")).get("AREA_FOR_IMPROVEMENT")).isEqualTo(8);
        assertThat((List<?>) story.get(7).get("judgements")).hasSize(5);
        assertThat(story.get(5).get("reviewsHeld")).isEqualTo(demo.reviews());
        assertThat(demo.reviews()).isGreaterThan(30);
    }

    @Test
    void theDemoPlanAnswersEveryAreaForImprovementWithActionsOfAllThreeAgencies() {
        DemoStory.Summary demo = StackExtension.demo();
        assertThat(demo.themes()).isEqualTo(6);
        assertThat(demo.actions()).isEqualTo(15);
        String adviser = Keycloak.userToken(stack, "dfe.adviser");
        JsonPath plans = given().auth().oauth2(adviser).queryParam("laCode", "342")
                .when().get(stack.gatewayUrl() + "/api/plans").then().statusCode(200).extract().jsonPath();
        assertThat(plans.getList("status")).containsExactly("ACCEPTED");
        assertThat(plans.getString("[0].submittedOn")).isEqualTo("2020-02-21");
        assertThat(plans.getString("[0].acceptedOn")).isEqualTo("2020-03-27");
        assertThat(plans.getList("[0].themes.title")).hasSize(6).contains("Permanency", "Early help");
        String plan = plans.getString("[0].id");

        JsonPath coverage = given().auth().oauth2(adviser).when().get(stack.gatewayUrl() + "/api/plans/" + plan + "/coverage")
                .then().statusCode(200).extract().jsonPath();
        assertThat(coverage.getInt("findings")).isEqualTo(8);
        assertThat(coverage.getInt("covered")).isEqualTo(8);

        JsonPath actions = given().auth().oauth2(adviser).queryParam("planId", plan)
                .when().get(stack.gatewayUrl() + "/api/actions").then().statusCode(200).extract().jsonPath();
        assertThat(actions.getList("leadAgency")).contains("COUNCIL", "POLICE", "HEALTH");
        assertThat(actions.getList("overdue", Boolean.class).stream().filter(o -> o).count()).isEqualTo(3);
        assertThat(actions.getList("slippageDays", Integer.class)).contains(153);
        given().auth().oauth2(Keycloak.userToken(stack, "health.lead")).queryParam("planId", plan)
                .when().get(stack.gatewayUrl() + "/api/board-meetings").then().statusCode(200)
                .body("meetingDate", org.hamcrest.Matchers.contains("2021-05-24", "2020-03-16"))
                .body("[0].attendance.health", org.hamcrest.Matchers.equalTo(3));
        JsonPath measures = given().auth().oauth2(adviser).when().get(stack.gatewayUrl() + "/api/plans/" + plan + "/measures")
                .then().statusCode(200).extract().jsonPath();
        assertThat(measures.getList("name")).hasSize(3);
        assertThat(measures.getList("onTarget", Boolean.class)).containsExactlyInAnyOrder(true, false, false);
        assertThat(measures.getList("feed.metric")).contains("CASELOAD");
    }

    @Test
    void theAdvisersReportOnTheDemoPlanRendersAsJsonHtmlAndPdfThroughTheGateway() throws Exception {
        String adviser = Keycloak.userToken(stack, "dfe.adviser");
        String plan = given().auth().oauth2(adviser).queryParam("laCode", "342")
                .when().get(stack.gatewayUrl() + "/api/plans").then().statusCode(200).extract().path("[0].id");
        String report = stack.gatewayUrl() + "/api/plans/" + plan + "/reports/progress";
        // Six weeks around the first board meeting (16 March 2020).
        JsonPath json = given().auth().oauth2(adviser).queryParam("from", "2020-02-10").queryParam("to", "2020-03-23")
                .when().get(report).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("laName")).isEqualTo("St. Helens");
        assertThat(json.getList("inspections.overallGrade")).containsExactly("INADEQUATE");
        assertThat(json.getList("themes")).hasSize(6);
        assertThat(json.getList("decisions")).isNotEmpty();
        assertThat(json.getInt("headline.findings")).isEqualTo(8);
        assertThat(json.getInt("headline.uncoveredFindings")).isZero();

        given().auth().oauth2(Keycloak.userToken(stack, "police.lead")).accept("text/html").when().get(report)
                .then().statusCode(200).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("St. Helens: Children"));
        byte[] pdf = given().auth().oauth2(adviser).queryParam("format", "pdf").queryParam("from", "2020-02-10")
                .queryParam("to", "2020-03-23").when().get(report).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("St. Helens", "10 February 2020 to 23 March 2020", "Improvement board decisions");
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "st-helens-progress-report.pdf"), pdf);
    }

    @Test
    void theCouncilsDemoWorkforceGivesStHelensPublished2019FiguresBesideTheBenchmarks() {
        DemoStory.Summary demo = StackExtension.demo();
        assertThat(demo.teams()).isEqualTo(11);
        String police = Keycloak.userToken(stack, "police.lead");
        // Aggregate metrics are for every partner; the detail behind them is the council's own.
        given().auth().oauth2(police).queryParam("agency", "council").queryParam("asOf", "2019-09-30")
                .when().get(stack.gatewayUrl() + "/api/metrics").then().statusCode(200)
                .body("inPostFte", org.hamcrest.Matchers.equalTo(124.9f))
                .body("turnoverRate", org.hamcrest.Matchers.equalTo(27.7f))
                .body("agencyRate", org.hamcrest.Matchers.equalTo(28.2f))
                .body("vacancyRate", org.hamcrest.Matchers.equalTo(25.2f))
                .body("caseload", org.hamcrest.Matchers.equalTo(19.7f));
        given().auth().oauth2(Keycloak.userToken(stack, "police.workforce")).queryParam("agency", "council")
                .when().get(stack.gatewayUrl() + "/api/teams").then().statusCode(403);

        JsonPath turnover = given().auth().oauth2(Keycloak.userToken(stack, "dfe.adviser"))
                .queryParam("laCode", "342").queryParam("measure", "turnover_rate")
                .when().get(stack.gatewayUrl() + "/api/benchmarks").then().statusCode(200).extract().jsonPath();
        assertThat(turnover.getList("years.year", Integer.class)).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(turnover.getString("regionName")).isEqualTo("North West");
        assertThat(turnover.getFloat("years[2].council.value")).isEqualTo(27.7f);
        assertThat(turnover.getFloat("years[2].england.value")).isEqualTo(15f);
        assertThat(turnover.getInt("years[2].neighbours.reporting")).isEqualTo(10);

        // The council's September 2019 snapshot reached the action-plan-service and fed the plan's caseload measure.
        String adviser = Keycloak.userToken(stack, "dfe.adviser");
        String plan = given().auth().oauth2(adviser).queryParam("laCode", "342")
                .when().get(stack.gatewayUrl() + "/api/plans").then().statusCode(200).extract().path("[0].id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(adviser)
                .when().get(stack.gatewayUrl() + "/api/plans/" + plan + "/measures").then().statusCode(200)
                .body("find { it.feed != null }.actuals.find { it.asOf == '2019-09-30' }.value",
                        org.hamcrest.Matchers.equalTo(19.7f)));
    }

    @Test
    void eachAgencyHasItsOwnDoorToTheActionsItLeads() {
        String police = Keycloak.userToken(stack, "police.lead");
        JsonPath own = given().auth().oauth2(police).when().get(stack.gatewayUrl() + "/partners/police/actions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(own.getList("leadAgency")).isNotEmpty().containsOnly("POLICE");
        given().auth().oauth2(Keycloak.userToken(stack, "health.lead"))
                .when().get(stack.gatewayUrl() + "/partners/police/actions").then().statusCode(403);
        String healthAction = given().auth().oauth2(Keycloak.userToken(stack, "dfe.adviser"))
                .queryParam("leadAgency", "HEALTH").when().get(stack.gatewayUrl() + "/api/actions")
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(police).when().get(stack.gatewayUrl() + "/partners/police/actions/" + healthAction)
                .then().statusCode(404);
        given().auth().oauth2(police).when()
                .get(stack.gatewayUrl() + "/partners/police/actions/" + own.getString("[0].id") + "/updates")
                .then().statusCode(200);
    }

    @Test
    void aPartnersSummaryComposesItsActionsThePlanTheCouncilsStandingAndItsWorkforce() {
        JsonPath summary = given().auth().oauth2(Keycloak.userToken(stack, "police.lead"))
                .when().get(stack.gatewayUrl() + "/partners/police/summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getList("unavailable")).isEmpty();
        assertThat(summary.getInt("actions.open") + summary.getInt("actions.completed")).isPositive();
        assertThat(summary.getList("actions.needingAttention.leadAgency")).allMatch("POLICE"::equals);
        assertThat(summary.getList("plan.themes")).hasSize(6);
        assertThat(summary.getString("inspections.name")).isEqualTo("St. Helens");
        assertThat(summary.getString("inspections.currentOverallGrade")).isEqualTo("GOOD");
        assertThat(summary.getString("workforce.agency")).isEqualTo("POLICE");
        given().auth().oauth2(Keycloak.userToken(stack, "health.lead"))
                .when().get(stack.gatewayUrl() + "/partners/police/summary").then().statusCode(403);
    }

    @Test
    void the2019InspectionWasReadFromOfstedsPdfByTheReportImporter() {
        String director = Keycloak.userToken(stack, "director");
        String inspection = given().auth().oauth2(director)
                .queryParam("laCode", "342").queryParam("type", "STANDARD")
                .queryParam("from", "2019-09-23").queryParam("to", "2019-09-23")
                .when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(200)
                .body("[0].leadInspector", org.hamcrest.Matchers.equalTo("Lorna Schlechte"))
                .body("[0].onSiteEnd", org.hamcrest.Matchers.equalTo("2019-10-04"))
                .body("[0].publishedDate", org.hamcrest.Matchers.equalTo("2019-11-04"))
                .body("[0].judgements.find { it.area == 'OVERALL_EFFECTIVENESS' }.grade",
                        org.hamcrest.Matchers.equalTo("INADEQUATE"))
                .extract().path("[0].id");
        // The words are the PDF's own (its typographic apostrophes), not retyped; the areas are the demo's.
        given().auth().oauth2(director).when().get(stack.gatewayUrl() + "/api/inspections/" + inspection + "/findings")
                .then().statusCode(200)
                .body("", org.hamcrest.Matchers.hasSize(8))
                .body("[5].text", org.hamcrest.Matchers.equalTo("Independent Reviewing Officers’ (IROs’) challenge in"
                        + " relation to the quality of permanence planning, to ensure that more robust oversight"
                        + " drives practice effectiveness."))
                .body("[5].area", org.hamcrest.Matchers.equalTo("CHILDREN_IN_CARE_AND_CARE_LEAVERS"));
    }

    @Test
    void theStorysFindingsReachTheActionPlanServiceAndLoadingAgainChangesNothing() {
        String director = Keycloak.userToken(stack, "director");
        // The published 2019 inspection is known to action-plan-service through inspection-events.
        String inspection = given().auth().oauth2(director)
                .queryParam("laCode", "342").queryParam("status", "PUBLISHED").queryParam("type", "STANDARD")
                .queryParam("from", "2019-09-23").queryParam("to", "2019-09-23")
                .when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(200).extract().path("[0].id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(director)
                .when().get(stack.gatewayUrl() + "/api/known-inspections/" + inspection).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED")));

        DemoStory.Summary again = new DemoStory(user -> GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), user))
                .load();
        assertThat(again.alreadyLoaded()).isTrue();
        // St Helens' own published inspections (its list also holds its police force's, which other tests record).
        given().auth().oauth2(director).queryParam("laCode", "342").queryParam("status", "PUBLISHED")
                .queryParam("size", "200").when().get(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(200).body("findAll { it.laCode == '342' }", org.hamcrest.Matchers.hasSize(7));
    }

    @Test
    void aSecondCouncilOfTheSameForceAndBoardIsLoadedFromItsOwnOfstedReport() {
        String wirral = Keycloak.userToken(stack, "wirral.director");
        String inspection = given().auth().oauth2(wirral).queryParam("laCode", "344").queryParam("type", "SIF")
                .when().get(stack.gatewayUrl() + "/api/inspections").then().statusCode(200)
                .body("[0].leadInspector", org.hamcrest.Matchers.equalTo("Shirley Bailey"))
                .body("[0].onSiteStart", org.hamcrest.Matchers.equalTo("2016-07-04"))
                .body("[0].publishedDate", org.hamcrest.Matchers.equalTo("2016-09-20"))
                .body("[0].judgements.find { it.area == 'OVERALL_EFFECTIVENESS' }.grade",
                        org.hamcrest.Matchers.equalTo("INADEQUATE"))
                .extract().path("[0].id");
        given().auth().oauth2(wirral).when().get(stack.gatewayUrl() + "/api/inspections/" + inspection + "/findings")
                .then().statusCode(200).body("", org.hamcrest.Matchers.hasSize(19));
        String plan = given().auth().oauth2(wirral).queryParam("laCode", "344")
                .when().get(stack.gatewayUrl() + "/api/plans").then().statusCode(200)
                .body("", org.hamcrest.Matchers.hasSize(1)).extract().path("[0].id");
        // Merseyside Police works in both demo councils: its Wirral actions beside St Helens'.
        String police = Keycloak.userToken(stack, "police.lead");
        List<String> wirralLeads = given().auth().oauth2(police).queryParam("laCode", "344").queryParam("planId", plan)
                .when().get(stack.gatewayUrl() + "/partners/police/actions").then().statusCode(200)
                .extract().path("leadAgency");
        assertThat(wirralLeads).hasSize(2).containsOnly("POLICE");
        given().auth().oauth2(police).queryParam("laCode", "342").when()
                .get(stack.gatewayUrl() + "/partners/police/actions").then().statusCode(200)
                .body("", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        // St Helens' director does not see Wirral's; the adviser of both does.
        given().auth().oauth2(Keycloak.userToken(stack, "director")).when()
                .get(stack.gatewayUrl() + "/api/plans/" + plan).then().statusCode(403);
        given().auth().oauth2(Keycloak.userToken(stack, "dfe.adviser")).when()
                .get(stack.gatewayUrl() + "/api/plans/" + plan).then().statusCode(200);
    }
}
