package org.csip.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each agency's own door to its workforce: always scoped to that agency, whatever the caller asks. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class PartnerWorkforceTest {

    @Test
    void theRecordsAndMetricsAreThoseOfTheAgencyOfTheDoor() {
        given().auth().oauth2(TestTokens.user("health", "workforce-editor"))
                .queryParam("current", "true").when().get("/partners/health/workforce/staff").then().statusCode(200)
                .body("path", allOf(startsWith("/api/staff?"), containsString("current=true"),
                        endsWith("&agency=health")));
        for (String widening : new String[] {"agency", "Agency", "AGENCY", "aGeNcY", "agency_", "the-agency",
                "agencies", "leadAgency"}) {
            given().auth().oauth2(TestTokens.user("health", "viewer")).queryParam(widening, "police")
                    .when().get("/partners/health/workforce/metrics").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(widening))
                    .body("path", nullValue());
        }
        given().auth().oauth2(TestTokens.user("health", "viewer")).queryParam("asOf", "2019-09-30")
                .when().get("/partners/health/workforce/metrics").then().statusCode(200)
                .body("path", equalTo("/api/metrics?asOf=2019-09-30&agency=health"));
        given().auth().oauth2(TestTokens.feedClient("health")).when().get("/partners/health/workforce/metrics/history")
                .then().statusCode(200).body("path", equalTo("/api/metrics/history?agency=health"));
        for (String records : new String[] {"teams", "vacancies", "caseloads"}) {
            given().auth().oauth2(TestTokens.user("health", "viewer")).when()
                    .get("/partners/health/workforce/" + records).then().statusCode(200)
                    .body("path", equalTo("/api/" + records + "?agency=health"));
        }
    }

    @Test
    void anotherAgencyAnOverseerOrAnUnknownRecordIsRefused() {
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when()
                .get("/partners/health/workforce/staff").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).when()
                .get("/partners/health/workforce/metrics").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("health", "action-owner")).when()
                .get("/partners/health/workforce/staff").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("health", "viewer")).when()
                .get("/partners/health/workforce/salaries").then().statusCode(404);
        given().when().get("/partners/health/workforce/teams").then().statusCode(401);
    }
}
