package org.csip.inspection;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/architecture.md §5 for every endpoint of the service: no token → 401; a token without the right (or,
 * for writes, of an agency other than the council) → 403, as a problem where the service decides. The
 * allowed cases are proven in each resource's own tests.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class RightsTest {
    private static final String ANY = "/00000000-0000-0000-0000-0000000000aa";

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("POST", "/api/inspections", "{}"),
                Arguments.of("PUT", "/api/inspections" + ANY, "{}"),
                Arguments.of("POST", "/api/inspections" + ANY + "/start", "{}"),
                Arguments.of("POST", "/api/inspections" + ANY + "/publish", "{}"),
                Arguments.of("POST", "/api/inspections" + ANY + "/withdraw", "{}"),
                Arguments.of("POST", "/api/inspections" + ANY + "/findings", "{}"),
                Arguments.of("POST", "/api/interventions", "{}"),
                Arguments.of("POST", "/api/interventions" + ANY + "/reviews", "{}"),
                Arguments.of("POST", "/api/interventions" + ANY + "/end", "{}"));
    }

    static Stream<String> reads() {
        return Stream.of("/api/inspections", "/api/inspections" + ANY, "/api/inspections" + ANY + "/findings",
                "/api/inspections" + ANY + "/findings" + ANY, "/api/interventions", "/api/interventions" + ANY,
                "/api/interventions" + ANY + "/reviews", "/api/local-authorities", "/api/local-authorities/342",
                "/api/local-authorities/342/timeline");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void writesNeedTheCouncilsInspectionEditor(String method, String path, String body) {
        send(given(), method, path, body).then().statusCode(401);
        send(given().auth().oauth2(TestTokens.user("council", "viewer", "plan-editor", "action-owner")),
                method, path, body).then().statusCode(403);
        send(given().auth().oauth2(TestTokens.overseer("improvement-adviser", "board-member")),
                method, path, body).then().statusCode(403);
        send(given().auth().oauth2(TestTokens.feedClient("council")), method, path, body).then().statusCode(403);
        send(given().auth().oauth2(TestTokens.user("health", "inspection-editor")), method, path,
                validBody(method, path)).then().statusCode(403).contentType("application/problem+json");
        // A force's inspection editors record their force's inspections (ForceInspectionTest): never a council's, nor
        // an intervention; on a made-up inspection they get as far as "no such inspection".
        boolean oneInspection = path.startsWith("/api/inspections/");
        send(given().auth().oauth2(TestTokens.user("police", "inspection-editor")), method, path,
                validBody(method, path)).then().statusCode(oneInspection ? 404 : 403)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("reads")
    void readsNeedAReadingRole(String path) {
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get(path).then().statusCode(403);
        // A reader gets past security: the answer is the resource, or 404 for the made-up id — never 401/403.
        for (String token : new String[] {TestTokens.user("health", "viewer"), TestTokens.user("police", "action-owner"),
                TestTokens.overseer("board-member"), TestTokens.overseer("improvement-adviser"),
                TestTokens.feedClient("police")}) {
            int status = given().auth().oauth2(token).when().get(path).then().extract().statusCode();
            org.assertj.core.api.Assertions.assertThat(status).as(path).isIn(200, 404);
        }
    }

    /** A body that passes validation, so the refusal is the agency rule and not a 400. */
    private static String validBody(String method, String path) {
        if ("PUT".equals(method)) {
            return "{\"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2018-07-03\"}";
        }
        if (path.equals("/api/inspections")) {
            return "{\"laCode\": \"342\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2018-07-03\"}";
        }
        if (path.equals("/api/interventions")) {
            return "{\"laCode\": \"342\", \"type\": \"IMPROVEMENT_NOTICE\", \"startDate\": \"2019-12-16\","
                    + " \"reviewCadenceWeeks\": 6}";
        }
        String command = path.substring(path.lastIndexOf('/') + 1);
        return switch (command) {
            case "publish" -> "{\"publishedDate\": \"2018-08-10\"}";
            case "withdraw" -> "{\"reason\": \"called off\"}";
            case "findings" -> "{\"kind\": \"STRENGTH\", \"text\": \"x\"}";
            case "reviews" -> "{\"reviewDate\": \"2020-01-27\"}";
            case "end" -> "{\"endDate\": \"2020-06-01\"}";
            default -> "{}";
        };
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path,
                                                         String body) {
        return request.contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().request(method, path);
    }
}
