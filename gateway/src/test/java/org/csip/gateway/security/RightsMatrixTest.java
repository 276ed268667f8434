package org.csip.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md §5 at the gateway: every route × every kind of caller. Who passes is written out here by hand
 * from the rights table (not computed by the code under test); the echo upstream answers 200 to whatever reaches it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class RightsMatrixTest {
    private static final String ID = "/00000000-0000-0000-0000-0000000000aa";

    /** Every kind of caller: by agency and role, overseers, a partner's machine client. */
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        for (String agency : List.of("council", "police", "health")) {
            for (String role : List.of("viewer", "action-owner", "plan-editor", "inspection-editor", "workforce-editor")) {
                CALLERS.put(agency + ":" + role, TestTokens.user(agency, role));
            }
        }
        CALLERS.put("board-member", TestTokens.overseer("board-member"));
        CALLERS.put("improvement-adviser", TestTokens.overseer("improvement-adviser"));
        CALLERS.put("police-feed", TestTokens.feedClient("police"));
    }

    static final Set<String> READERS = Set.of("council:viewer", "council:action-owner", "council:plan-editor",
            "council:inspection-editor", "police:viewer", "police:action-owner", "police:plan-editor",
            "police:inspection-editor", "health:viewer", "health:action-owner", "health:plan-editor",
            "health:inspection-editor", "board-member", "improvement-adviser", "police-feed");
    static final Set<String> WORKFORCE_READERS = Set.of("council:viewer", "council:plan-editor",
            "council:workforce-editor", "police:viewer", "police:plan-editor", "police:workforce-editor",
            "health:viewer", "health:plan-editor", "health:workforce-editor", "police-feed");
    static final Set<String> WORKFORCE_EDITORS = Set.of("council:workforce-editor", "police:workforce-editor",
            "health:workforce-editor");
    static final Set<String> PROGRESS = Set.of("council:plan-editor", "council:action-owner", "police:action-owner",
            "health:action-owner");

    record Route(String method, String path, Set<String> passes) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/inspections", READERS),
            new Route("POST", "/api/inspections", Set.of("council:inspection-editor", "police:inspection-editor")),
            new Route("PUT", "/api/inspections" + ID, Set.of("council:inspection-editor", "police:inspection-editor")),
            new Route("POST", "/api/inspections" + ID + "/findings", Set.of("council:inspection-editor", "police:inspection-editor")),
            new Route("POST", "/api/inspections/import", Set.of("council:inspection-editor")),
            new Route("GET", "/api/inspections/import" + ID, Set.of("council:inspection-editor")),
            new Route("POST", "/api/inspections/import" + ID + "/confirm", Set.of("council:inspection-editor")),
            new Route("POST", "/api/interventions" + ID + "/reviews", Set.of("council:inspection-editor")),
            new Route("GET", "/api/local-authorities/342/timeline", READERS),
            new Route("GET", "/api/frameworks", READERS),
            new Route("POST", "/api/frameworks", Set.of()),
            new Route("GET", "/api/plans", READERS),
            new Route("POST", "/api/plans", Set.of("council:plan-editor")),
            new Route("POST", "/api/plans" + ID + "/measures", Set.of("council:plan-editor")),
            new Route("GET", "/api/plans" + ID + "/reports/progress", READERS),
            new Route("PUT", "/api/actions" + ID, Set.of("council:plan-editor")),
            new Route("POST", "/api/actions" + ID + "/updates", PROGRESS),
            new Route("POST", "/api/actions" + ID + "/complete", PROGRESS),
            new Route("POST", "/api/actions" + ID + "/cancel", Set.of("council:plan-editor")),
            new Route("GET", "/api/actions" + ID + "/history", READERS),
            new Route("POST", "/api/board-meetings", Set.of("board-member", "council:plan-editor")),
            new Route("GET", "/api/known-inspections", READERS),
            new Route("GET", "/api/findings", READERS),
            new Route("POST", "/api/findings", Set.of()),
            new Route("GET", "/api/deadlines", READERS),
            new Route("GET", "/api/deadlines/rules", READERS),
            new Route("POST", "/api/deadlines", Set.of()),
            new Route("GET", "/api/notifications/me", CALLERS.keySet()),
            new Route("POST", "/api/notifications/me", CALLERS.keySet()),
            new Route("POST", "/api/notifications/unsubscribe", Set.of()),
            new Route("GET", "/api/teams", WORKFORCE_READERS),
            new Route("POST", "/api/teams", WORKFORCE_EDITORS),
            new Route("POST", "/api/staff" + ID + "/leave", WORKFORCE_EDITORS),
            new Route("GET", "/api/vacancies", WORKFORCE_READERS),
            new Route("POST", "/api/caseloads", WORKFORCE_EDITORS),
            new Route("POST", "/api/metrics/snapshots", WORKFORCE_EDITORS),
            new Route("GET", "/api/metrics", CALLERS.keySet()),
            new Route("GET", "/api/benchmarks", CALLERS.keySet()),
            new Route("POST", "/api/benchmarks/import", Set.of("council:workforce-editor", "council:plan-editor")),
            new Route("GET", "/api/secrets", Set.of()));

    @Test
    void everyRouteLetsThroughExactlyWhoTheRightsTableSays() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Route route : ROUTES) {
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                int expected = route.passes().contains(caller.getKey()) ? 200 : 403;
                cases += check(route, caller.getKey(), given().auth().oauth2(caller.getValue()), expected, wrong);
            }
            cases += check(route, "no token", given(), 401, wrong);
            cases += check(route, "expired token", given().auth().oauth2(
                    TestTokens.expired("council", "plan-editor", "inspection-editor", "workforce-editor")), 401, wrong);
            cases += check(route, "token signed by another key", given().auth().oauth2(
                    TestTokens.signedByOtherKey("council", "plan-editor", "inspection-editor", "workforce-editor")), 401,
                    wrong);
            cases += check(route, "another client's token", given().auth().oauth2(TestTokens.forOtherClient()), 401,
                    wrong);
            cases += check(route, "an ID token", given().auth().oauth2(
                    TestTokens.idToken("council", "plan-editor", "inspection-editor", "workforce-editor")), 401, wrong);
            cases += check(route, "a CSIP token with no role", given().auth().oauth2(TestTokens.user("council")), 403,
                    wrong);
        }
        System.out.printf("Gateway rights matrix: %d routes x %d callers = %d cases%n", ROUTES.size(),
                CALLERS.size() + 6, cases);
        assertThat(wrong).isEmpty();
    }

    private static int check(Route route, String who, RequestSpecification request, int expected, List<String> wrong) {
        int status = request.contentType("application/json").body(route.method().equals("GET") ? "" : "{}")
                .when().request(route.method(), route.path()).then().extract().statusCode();
        if (status != expected) {
            wrong.add(route.method() + " " + route.path() + " as " + who + ": " + status + ", expected " + expected);
        }
        return 1;
    }
}
