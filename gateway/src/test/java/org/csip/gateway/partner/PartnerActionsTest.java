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

/** Each agency's own door to its actions: its own only, another agency's token refused, another's action unseen. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class PartnerActionsTest {

    @Test
    void theListIsTheActionsTheAgencyLeadsWithTheCallersFilters() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("status", "IN_PROGRESS")
                .queryParam("overdue", "true")
                .when().get("/partners/police/actions").then().statusCode(200).header("X-Total-Count", "1")
                .body("path", allOf(startsWith("/api/actions?"), containsString("status=IN_PROGRESS"),
                        containsString("overdue=true"), endsWith("&leadAgency=POLICE")))
                .body("bearer", equalTo(true));
        for (String widening : new String[] {"leadAgency", "leadagency", "LeadAgency", "LEADAGENCY", "lead_agency",
                "lead-agency", "agency", "Agency", "leadAgency\u0000"}) {
            given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam(widening, "HEALTH")
                    .when().get("/partners/police/actions").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(widening))
                    .body("path", nullValue());
        }
        given().auth().oauth2(TestTokens.feedClient("health")).when().get("/partners/health/actions").then()
                .statusCode(200).body("path", equalTo("/api/actions?leadAgency=HEALTH"));
    }

    @Test
    void anotherAgencysTokenIsRefusedAndAnotherAgencysActionIsNotFound() {
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/partners/police/actions").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).when().get("/partners/police/actions").then()
                .statusCode(403);
        given().when().get("/partners/police/actions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/partners/fire/actions").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/partners/police/actions/police-7").then()
                .statusCode(200).body("leadAgency", equalTo("POLICE"));
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/partners/police/actions/health-7").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void progressIsReportedOnlyOnTheAgencysOwnActionsAndByItsActionOwners() {
        String update = "{\"rag\": \"AMBER\", \"narrative\": \"Training under way\"}";
        given().auth().oauth2(TestTokens.user("police", "action-owner")).contentType("application/json").body(update)
                .when().post("/partners/police/actions/police-7/updates").then().statusCode(200)
                .body("method", equalTo("POST")).body("path", equalTo("/api/actions/police-7/updates"));
        given().auth().oauth2(TestTokens.user("police", "action-owner")).contentType("application/json").body(update)
                .when().post("/partners/police/actions/health-7/updates").then().statusCode(404);
        given().auth().oauth2(TestTokens.user("police", "viewer")).contentType("application/json").body(update)
                .when().post("/partners/police/actions/police-7/updates").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("health", "action-owner")).contentType("application/json").body(update)
                .when().post("/partners/police/actions/police-7/updates").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/partners/police/actions/police-7/updates")
                .then().statusCode(200).body("path", equalTo("/api/actions/police-7/updates"));
    }
}
