package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.microsoft.playwright.Page;
import org.csip.stack.LocalStack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An inspection under ILACS from April 2026 — four sub-judgements and no overall grade — recorded for the demo
 * council through the gateway with a real token, then seen where partners look: the timeline, the partner summary
 * and the dashboard in a real browser, each saying there is no overall grade and showing every judgement, none
 * inventing one. Runs last: it changes where the demo council stands.
 */
@ExtendWith({StackExtension.class, BrowserExtension.class})
@Order(Integer.MAX_VALUE)
class NewestFrameworkIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void anApril2026InspectionIsShownJudgementByJudgementWithNoOverallGradeInvented() {
        String officer = Keycloak.userToken(stack, "performance.officer");
        String id = given().auth().oauth2(officer).contentType("application/json").body("""
                {"laCode": "342", "type": "SHORT", "notifiedDate": "2026-04-20", "onSiteStart": "2026-04-27",
                 "onSiteEnd": "2026-05-01", "leadInspector": "Jane Doe"}""")
                .when().post(stack.gatewayUrl() + "/api/inspections").then().statusCode(201).extract().path("id");
        // An overall grade is refused: the framework forms none.
        given().auth().oauth2(officer).contentType("application/json").body("""
                {"publishedDate": "2026-06-12", "judgements": [{"area": "OVERALL_EFFECTIVENESS", "grade": "GOOD"}]}""")
                .when().post(stack.gatewayUrl() + "/api/inspections/" + id + "/publish")
                .then().statusCode(400).body("errors[0].field", equalTo("judgements[0].area"));
        given().auth().oauth2(officer).contentType("application/json").body("""
                {"publishedDate": "2026-06-12", "judgements": [
                  {"area": "IMPACT_OF_LEADERS", "grade": "GOOD"}, {"area": "HELP_AND_PROTECTION", "grade": "GOOD"},
                  {"area": "CHILDREN_IN_CARE", "grade": "REQUIRES_IMPROVEMENT"}, {"area": "CARE_LEAVERS", "grade": "OUTSTANDING"}]}""")
                .when().post(stack.gatewayUrl() + "/api/inspections/" + id + "/publish")
                .then().statusCode(200).body("framework", equalTo("ILACS_2026")).body("overallGrade", nullValue());

        String police = Keycloak.userToken(stack, "police.lead");
        given().auth().oauth2(police).when().get(stack.gatewayUrl() + "/api/local-authorities/342/timeline")
                .then().statusCode(200)
                .body("currentOverallGrade", nullValue())
                .body("currentGradePublished", equalTo("2026-06-12"))
                .body("currentJudgements.area", contains("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE",
                        "CARE_LEAVERS"))
                .body("entries.find { it.inspectionId == '" + id + "' }.title", containsString("no overall grade"));
        given().auth().oauth2(police).when().get(stack.gatewayUrl() + "/partners/police/summary")
                .then().statusCode(200)
                .body("inspections.currentOverallGrade", nullValue())
                .body("inspections.currentGrading", containsString("no overall grade"))
                .body("inspections.currentJudgements.grade", contains("GOOD", "GOOD", "REQUIRES_IMPROVEMENT",
                        "OUTSTANDING"));

        Page page = BrowserExtension.browser().signIn(stack.gatewayUrl(), "police.lead");
        page.waitForSelector("#current-grade");
        String standing = page.locator("#current-grade").textContent().replaceAll("\\s+", " ");
        assertThat(standing).contains("no overall grade", "leaders good", "children in care requires improvement to be good",
                "care leavers outstanding").doesNotContain("judged Good");
        // The chart's figures: every judgement over time, the 2026 row saying there is no overall grade.
        String figures = page.locator("#inspections table").textContent().replaceAll("\\s+", " ");
        assertThat(figures).contains("No overall grade (ILACS_2026 gives none)", "Care leavers: outstanding",
                "Overall: inadequate");
        String chart = page.locator("script[data-chart-for='timeline-chart']").textContent();
        assertThat(chart).contains("\"Overall effectiveness\"", "\"Leaders\"", "\"Help and protection\"",
                "\"Children in care\"", "\"Care leavers\"");
        Browser.screenshot(page, "police-lead-2026-inspection");
        assertThat(Browser.seriousAccessibilityViolations(page)).as("the landing page").isEmpty();
    }
}
