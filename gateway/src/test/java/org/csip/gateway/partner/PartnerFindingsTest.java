package org.csip.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each agency's door to the findings addressed to it: its own and its partnership's, never another's by a query. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class PartnerFindingsTest {

    @Test
    void theAgencyAndThePartnershipAreForcedAndNoSpellingOfTheFilterChoosesAnother() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("answered", "false")
                .queryParam("laCode", "341")
                .when().get("/partners/merseyside-police/findings").then().statusCode(200)
                .body("path", allOf(containsString("/api/findings?"), containsString("answered=false"),
                        endsWith("&addressedTo=POLICE%2CPARTNERSHIP")));
        for (String widening : new String[] {"addressedTo", "addressedto", "ADDRESSEDTO", "addressed_to",
                "addressed-to", "addressedTo\u0000", "leadAgency"}) {
            given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam(widening, "HEALTH")
                    .when().get("/partners/police/findings").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(widening))
                    .body("path", nullValue());
        }
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/partners/police/findings").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/partners/health/findings").then()
                .statusCode(200).body("path", endsWith("addressedTo=HEALTH%2CPARTNERSHIP"));
        given().when().get("/partners/police/findings").then().statusCode(401);
    }
}
