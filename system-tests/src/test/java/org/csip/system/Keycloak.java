package org.csip.system;

import static io.restassured.RestAssured.given;

import org.csip.stack.LocalStack;

/** Real tokens from the stack's Keycloak: a demo user's (password grant) or a partner feed client's. */
final class Keycloak {
    private Keycloak() {
    }

    static String userToken(LocalStack stack, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "gateway")
                .formParam("client_secret", "gateway-dev-secret")
                .formParam("username", username).formParam("password", "demo")
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The access token of a person made for a test (password {@link KeycloakAdmin#PASSWORD}) from the gateway client. */
    static String testUserToken(LocalStack stack, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "gateway")
                .formParam("client_secret", "gateway-dev-secret")
                .formParam("username", username).formParam("password", KeycloakAdmin.PASSWORD)
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The same user's access token from a client of the realm that is not CSIP's (Keycloak's own admin-cli). */
    static String otherClientToken(LocalStack stack, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", username).formParam("password", "demo")
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The user's ID token from the gateway client: it says who logged in, it is no bearer token for the API. */
    static String idToken(LocalStack stack, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "gateway")
                .formParam("client_secret", "gateway-dev-secret").formParam("scope", "openid")
                .formParam("username", username).formParam("password", "demo")
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("id_token");
    }

    static String feedToken(LocalStack stack, String agency) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", agency + "-feed")
                .formParam("client_secret", agency + "-feed-dev-secret")
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
