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

    /** As the council's plan editor, who shapes plans and actions. */
    public static RequestSpecification editor() {
        return as("council", "plan-editor");
    }
}
