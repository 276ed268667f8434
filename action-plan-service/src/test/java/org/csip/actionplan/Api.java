package org.csip.actionplan;

import static io.restassured.RestAssured.given;

import java.util.List;
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

    /** A new plan for {@code laCode} answering that inspection, made by that council's plan editor; its id. */
    public static String plan(String laCode, Object inspectionId) {
        return editorOf(laCode).body("{\"laCode\": \"" + laCode + "\", \"title\": \"Plan\", \"inspectionIds\": [\""
                + inspectionId + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
    }

    /** A new theme of that plan (of St Helens), made by the plan editor; its id. */
    public static String theme(String plan, String title) {
        return theme("342", plan, title);
    }

    /** A new theme of a plan of {@code laCode}, made by that council's plan editor; its id. */
    public static String theme(String laCode, String plan, String title) {
        return editorOf(laCode).body("{\"title\": \"" + title + "\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");
    }

    /** As the council's plan editor, who shapes plans and actions: St Helens (342). */
    public static RequestSpecification editor() {
        return as("council", "plan-editor");
    }

    /** As the plan editor of the council {@code laCode}, a member of that council's organisation. */
    public static RequestSpecification editorOf(String laCode) {
        return given().auth().oauth2(TestTokens.member("council-" + laCode, "council", List.of(laCode), "plan-editor"))
                .contentType("application/json");
    }
}
