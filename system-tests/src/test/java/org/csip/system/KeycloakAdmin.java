package org.csip.system;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.csip.stack.KeycloakLauncher;
import org.csip.stack.LocalStack;

/**
 * The stack's Keycloak through its admin REST API, for tests that need callers the realm file does not hold: a
 * user of one agency with exactly one role, and a client whose tokens expire within seconds. Nothing is added to
 * the realm file, so the local stack and Kubernetes never carry them.
 */
final class KeycloakAdmin {
    static final String PASSWORD = "matrix";

    private final LocalStack stack;
    private final String token;

    private KeycloakAdmin(LocalStack stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    static KeycloakAdmin of(LocalStack stack) {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", KeycloakLauncher.ADMIN_USER).formParam("password", KeycloakLauncher.ADMIN_PASSWORD)
                .when().post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return new KeycloakAdmin(stack, token);
    }

    /** The demo organisation of each agency: St Helens council, Merseyside Police, Cheshire and Merseyside ICB. */
    static final Map<String, String> DEMO_ORGANISATIONS = Map.of("council", "st-helens", "police", "merseyside-police",
            "health", "cheshire-merseyside-icb");

    /** An organisation of {@code kind} covering {@code councils}, as an administrator adds one: a data change. */
    void createOrganisation(String alias, String name, String kind, List<String> councils) {
        admin().contentType("application/json").body(Map.of("alias", alias, "name", name, "enabled", true,
                        "domains", List.of(Map.of("name", alias + ".csip.test")),
                        "attributes", Map.of("kind", List.of(kind), "councils", councils)))
                .when().post(realm() + "/organizations").then().statusCode(201);
    }

    /**
     * A person who can log in with {@link #PASSWORD}: a member of an organisation (an agency's demo organisation, or
     * any by its alias; none for an overseer) with these realm roles.
     */
    void createUser(String username, String agencyOrNull, List<String> roles) {
        String location = admin().contentType("application/json").body(Map.of(
                        "username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@csip.test", "firstName", "Matrix", "lastName", username,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .when().post(realm() + "/users").then().statusCode(201).extract().header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> realmRoles = roles.stream()
                .map(role -> admin().when().get(realm() + "/roles/" + role).then().statusCode(200)
                        .extract().<Map<String, Object>>path(""))
                .toList();
        admin().contentType("application/json").body(realmRoles)
                .when().post(realm() + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
        if (agencyOrNull != null) {
            String alias = DEMO_ORGANISATIONS.getOrDefault(agencyOrNull, agencyOrNull);
            String organization = admin().when().get(realm() + "/organizations").then().statusCode(200)
                    .extract().path("find { it.alias == '" + alias + "' }.id");
            admin().contentType("application/json").body("\"" + userId + "\"")
                    .when().post(realm() + "/organizations/" + organization + "/members").then().statusCode(201);
        }
    }

    /**
     * A public client whose access tokens live {@code seconds}, for the password grant, with the same scopes as the
     * gateway's own client (so its tokens carry the organization and roles exactly as a real login's do).
     */
    void createPasswordClient(String clientId, int seconds) {
        String location = admin().contentType("application/json").body(Map.of(
                        "clientId", clientId, "enabled", true, "publicClient", true, "protocol", "openid-connect",
                        "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                        "attributes", Map.of("access.token.lifespan", String.valueOf(seconds))))
                .when().post(realm() + "/clients").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String gateway = admin().queryParam("clientId", "gateway").when().get(realm() + "/clients")
                .then().statusCode(200).extract().path("[0].id");
        List<String> scopes = admin().when().get(realm() + "/clients/" + gateway + "/default-client-scopes")
                .then().statusCode(200).extract().path("id");
        // A new client is given the realm's optional scopes (organization among them); a scope that is optional
        // is not made default by adding it again, so it leaves the optional list first.
        List<String> optional = admin().when().get(realm() + "/clients/" + id + "/optional-client-scopes")
                .then().statusCode(200).extract().path("id");
        for (String scope : scopes) {
            if (optional.contains(scope)) {
                admin().when().delete(realm() + "/clients/" + id + "/optional-client-scopes/" + scope)
                        .then().statusCode(204);
            }
            admin().when().put(realm() + "/clients/" + id + "/default-client-scopes/" + scope).then().statusCode(204);
        }
        // As every CSIP client, its access tokens carry CSIP's audience and an overseer's councils (the gateway
        // client's own mappers).
        List<Map<String, Object>> mappers = admin().when().get(realm() + "/clients/" + gateway + "/protocol-mappers/models")
                .then().statusCode(200).extract().path("");
        for (Map<String, Object> mapper : mappers) {
            Map<String, Object> copy = new java.util.HashMap<>(mapper);
            copy.remove("id");
            admin().contentType("application/json").body(copy)
                    .when().post(realm() + "/clients/" + id + "/protocol-mappers/models").then().statusCode(201);
        }
    }

    /** A user's access token from a public client (password grant). */
    String token(String clientId, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", PASSWORD)
                .when().post(stack.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(token);
    }

    private String realm() {
        return stack.keycloakUrl() + "/admin/realms/csip";
    }
}
