package org.csip.gateway.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway's council gate: a {@code laCode} naming a council the token does not cover is refused here, in any
 * spelling of the name, before a service hears of it (the echo upstream answers 200 to whatever reaches it); the
 * DfE's published statistics are national and stay open.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class CouncilGateTest {

    @Test
    void aCouncilOutsideTheTokensIsRefusedAtTheGatewayInAnySpelling() {
        String stHelens = TestTokens.user("council", "viewer");
        for (String path : List.of("/api/plans", "/api/inspections", "/api/actions", "/api/teams", "/api/metrics")) {
            given().auth().oauth2(stHelens).queryParam("laCode", "340").when().get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.equalTo("laCode: council 340 is not one this token covers"
                            + " (it covers 342)"));
            given().auth().oauth2(stHelens).queryParam("LACODE", "340").when().get(path).then().statusCode(403);
            given().auth().oauth2(stHelens).queryParam("laCode", "342").when().get(path).then().statusCode(200);
        }
        // The force covers Knowsley; Cheshire's councils are not Merseyside's.
        String police = TestTokens.user("police", "viewer");
        given().auth().oauth2(police).queryParam("laCode", "340").when().get("/api/plans").then().statusCode(200);
        given().auth().oauth2(police).queryParam("laCode", "876").when().get("/api/plans").then().statusCode(403);
        // An overseer's councils are those assigned.
        String adviser = TestTokens.overseerOf(List.of("342", "344"), "improvement-adviser");
        given().auth().oauth2(adviser).queryParam("laCode", "344").when().get("/api/plans").then().statusCode(200);
        given().auth().oauth2(adviser).queryParam("laCode", "340").when().get("/api/plans").then().statusCode(403);
    }

    @Test
    void aRefusalByTheRouteTableIsAProblemToo() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).contentType("application/json").body("{}")
                .when().post("/api/plans").then().statusCode(403).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(403));
    }

    @Test
    void theDfesPublishedStatisticsAreNational() {
        given().auth().oauth2(TestTokens.user("council", "viewer")).queryParam("laCode", "340")
                .queryParam("measure", "turnover_rate").when().get("/api/benchmarks").then().statusCode(200);
        given().auth().oauth2(TestTokens.user("council", "viewer")).queryParam("laCode", "340")
                .when().get("/api/benchmarks/measures").then().statusCode(200);
    }
}
