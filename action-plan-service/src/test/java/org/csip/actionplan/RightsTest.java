package org.csip.actionplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
 * docs/architecture.md §5 for every endpoint of the service: no token → 401; a token without the right → 403.
 * The allowed cases, and the lead-agency rule on real actions, are proven in the resources' own tests.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class RightsTest {
    private static final String ANY = "/00000000-0000-0000-0000-0000000000aa";

    static Stream<Arguments> planEditorWrites() {
        return Stream.of(
                Arguments.of("POST", "/api/plans"),
                Arguments.of("POST", "/api/plans" + ANY + "/themes"),
                Arguments.of("POST", "/api/plans" + ANY + "/actions"),
                Arguments.of("POST", "/api/plans" + ANY + "/submit"),
                Arguments.of("POST", "/api/plans" + ANY + "/accept"),
                Arguments.of("POST", "/api/plans" + ANY + "/close"),
                Arguments.of("PUT", "/api/actions" + ANY),
                Arguments.of("POST", "/api/actions" + ANY + "/cancel"),
                Arguments.of("POST", "/api/plans" + ANY + "/measures"),
                Arguments.of("POST", "/api/plans" + ANY + "/measures" + ANY + "/actuals"));
    }

    static Stream<String> progress() {
        return Stream.of("/api/actions" + ANY + "/updates", "/api/actions" + ANY + "/complete");
    }

    static Stream<String> reads() {
        return Stream.of("/api/plans", "/api/plans" + ANY, "/api/plans" + ANY + "/themes",
                "/api/plans" + ANY + "/actions", "/api/plans" + ANY + "/coverage", "/api/actions",
                "/api/actions" + ANY, "/api/actions" + ANY + "/updates", "/api/known-inspections",
                "/api/known-inspections" + ANY, "/api/known-inspections" + ANY + "/findings",
                "/api/plans" + ANY + "/reports/progress", "/api/plans" + ANY + "/measures", "/api/board-meetings",
                "/api/actions" + ANY + "/history");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("planEditorWrites")
    void plansAndActionsAreShapedByTheCouncilsPlanEditorsOnly(String method, String path) {
        send(given(), method, path).then().statusCode(401);
        for (String token : new String[] {TestTokens.user("council", "viewer", "action-owner", "inspection-editor"),
                TestTokens.user("police", "action-owner"), TestTokens.overseer("improvement-adviser", "board-member"),
                TestTokens.feedClient("council")}) {
            send(given().auth().oauth2(token), method, path).then().statusCode(403);
        }
        send(given().auth().oauth2(TestTokens.user("police", "plan-editor")), method, path).then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 403));
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("progress")
    void progressIsReportedByActionOwnersAndPlanEditorsOnly(String path) {
        send(given(), "POST", path).then().statusCode(401);
        for (String token : new String[] {TestTokens.user("police", "viewer"), TestTokens.user("health", "workforce-editor"),
                TestTokens.overseer("improvement-adviser"), TestTokens.feedClient("health")}) {
            send(given().auth().oauth2(token), "POST", path).then().statusCode(403);
        }
    }

    @org.junit.jupiter.api.Test
    void boardMeetingsAreRecordedByBoardMembersAndTheCouncilsPlanEditorsOnly() {
        send(given(), "POST", "/api/board-meetings").then().statusCode(401);
        for (String token : new String[] {TestTokens.user("police", "action-owner", "viewer"),
                TestTokens.overseer("improvement-adviser"), TestTokens.feedClient("council")}) {
            send(given().auth().oauth2(token), "POST", "/api/board-meetings").then().statusCode(403);
        }
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("reads")
    void readsNeedAReadingRole(String path) {
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get(path).then().statusCode(403);
        for (String token : new String[] {TestTokens.user("health", "viewer"), TestTokens.user("police", "action-owner"),
                TestTokens.overseer("board-member"), TestTokens.overseer("improvement-adviser"),
                TestTokens.feedClient("police")}) {
            int status = given().auth().oauth2(token).when().get(path).then().extract().statusCode();
            assertThat(status).as(path).isIn(200, 404);
        }
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path) {
        return request.contentType("application/json").header("If-Match", "\"0\"").body("{}").when().request(method, path);
    }
}
