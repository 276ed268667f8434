package org.csip.actionplan;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.csip.testing.TestTokens;

/** Requests as the action-plan-service's tests make them: JSON, with a signed token of an agency's roles. */
public final class Api {
    private Api() {
    }

    /** As a user of {@code agency} with {@code roles}. */
    public static RequestSpecification as(String agency, String... roles) {
        return given().auth().oauth2(TestTokens.user(agency, roles)).contentType("application/json");
    }

    /** A new plan for {@code laCode} answering that inspection, made by the plan editor; its id. */
    public static String plan(String laCode, Object inspectionId) {
        return editor().body("{\"laCode\": \"" + laCode + "\", \"title\": \"Plan\", \"inspectionIds\": [\""
                + inspectionId + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
    }

    /** A new theme of that plan, made by the plan editor; its id. */
    public static String theme(String plan, String title) {
        return editor().body("{\"title\": \"" + title + "\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");
    }

    /** As the council's plan editor, who shapes plans and actions. */
    public static RequestSpecification editor() {
        return as("council", "plan-editor");
    }
}
