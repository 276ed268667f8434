package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import org.csip.stack.LocalStack;

/**
 * An improvement plan a system test makes for itself, for Knowsley (340) so the St Helens demo story other tests
 * read is never touched: an inspection, a draft plan answering it, one theme, and an action led by each agency.
 * Made through the gateway as Knowsley's director, as a person would; Merseyside Police and the ICB cover Knowsley.
 */
record TestPlan(String inspectionId, String planId, String themeId, String councilAction, String policeAction,
                String healthAction) {
    static final String LA_CODE = "340";
    /** Knowsley's director, who records its inspections and edits its plans. */
    static final String EDITOR = "knowsley.director";

    static TestPlan create(LocalStack stack, String title) {
        return create(stack, title, LA_CODE, Keycloak.userToken(stack, EDITOR));
    }

    /** The same for the council {@code laCode}, made by its plan and inspection editor {@code director}. */
    static TestPlan create(LocalStack stack, String title, String laCode, String director) {
        String gateway = stack.gatewayUrl();
        String inspection = as(director).body("""
                        {"laCode": "%s", "type": "FOCUSED_VISIT", "notifiedDate": "%s", "theme": "%s"}
                        """.formatted(laCode, LocalDate.now().minusDays(7), title))
                .when().post(gateway + "/api/inspections").then().statusCode(201).extract().path("id");
        // The action-plan-service learns of the inspection from inspection-events.
        await().atMost(Duration.ofSeconds(20)).until(() -> as(director).when()
                .get(gateway + "/api/known-inspections/" + inspection).statusCode() == 200);
        String plan = as(director).body("""
                        {"laCode": "%s", "title": "%s", "inspectionIds": ["%s"]}
                        """.formatted(laCode, title, inspection))
                .when().post(gateway + "/api/plans").then().statusCode(201).extract().path("id");
        String theme = as(director).body("{\"title\": \"Multi-agency safeguarding\"}")
                .when().post(gateway + "/api/plans/" + plan + "/themes").then().statusCode(201).extract().path("id");
        return new TestPlan(inspection, plan, theme, action(director, gateway, plan, theme, "COUNCIL"),
                action(director, gateway, plan, theme, "POLICE"), action(director, gateway, plan, theme, "HEALTH"));
    }

    /** A new action of this plan led by {@code agency} (as the director makes it); its id. */
    String newAction(LocalStack stack, String agency) {
        return action(Keycloak.userToken(stack, EDITOR), stack.gatewayUrl(), planId, themeId, agency);
    }

    /** The body of an action of this plan led by {@code agency}. */
    String actionBody(String agency, String title) {
        return """
                {"themeId": "%s", "title": "%s", "leadAgency": "%s", "owner": "%s safeguarding lead",
                 "startDate": "%s", "dueDate": "%s"}
                """.formatted(themeId, title, agency, agency.toLowerCase(), LocalDate.now(), LocalDate.now().plusMonths(6));
    }

    private static String action(String director, String gateway, String plan, String theme, String agency) {
        TestPlan body = new TestPlan(null, plan, theme, null, null, null);
        return as(director).body(body.actionBody(agency, "Joint triage of " + agency.toLowerCase() + " referrals"))
                .when().post(gateway + "/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
