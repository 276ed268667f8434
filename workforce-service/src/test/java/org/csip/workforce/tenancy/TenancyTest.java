package org.csip.workforce.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Workforce records belong to a council: a force's workforce editor keeps teams in each council it covers and names
 * which; a council's plan editor reads every agency's records in its own council and none in another's; metrics read
 * across the caller's councils or narrowed to one, never widened.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest {
    private boolean recorded;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String knowsleyPoliceTeam;
    private String stHelensPoliceTeam;

    @BeforeEach
    void theForceKeepsATeamInTwoOfItsCouncils() {
        if (recorded) {
            return;
        }
        recorded = true;
        knowsleyPoliceTeam = team(police(), "340", "Knowsley CAIT " + suffix).then().statusCode(201)
                .body("laCode", equalTo("340")).extract().path("id");
        stHelensPoliceTeam = team(police(), "342", "St Helens CAIT " + suffix).then().statusCode(201)
                .extract().path("id");
        police().body("{\"teamId\": \"" + knowsleyPoliceTeam + "\", \"reference\": \"K-" + suffix + "\", \"role\":"
                + " \"SOCIAL_WORKER\", \"contract\": \"PERMANENT\", \"fte\": 1, \"caseHolder\": true,"
                + " \"startDate\": \"2019-01-07\"}").when().post("/api/staff").then().statusCode(201);
    }

    @Test
    void aForceNamesTheCouncilOfANewTeamAndOnlyOneItCovers() {
        team(police(), null, "Unplaced " + suffix).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("laCode"))
                .body("errors.message", hasItem(containsString("340, 341, 342, 343, 344")));
        team(police(), "876", "Halton CAIT " + suffix).then().statusCode(403)
                .body("detail", containsString("council 876"));
        // A council's own editor need not say: it covers one.
        team(as(TestTokens.user("council", "workforce-editor")), null, "Front door " + suffix).then().statusCode(201)
                .body("laCode", equalTo("342"));
    }

    @Test
    void aCouncilsPlanEditorReadsEveryAgencyInItsCouncilAndNothingInAnother() {
        String stHelens = TestTokens.user("council", "plan-editor");
        given().auth().oauth2(stHelens).when().get("/api/teams").then().statusCode(200)
                .body("laCode", everyItem(equalTo("342"))).body("id", hasItem(stHelensPoliceTeam))
                .body("id", not(hasItem(knowsleyPoliceTeam)));
        given().auth().oauth2(stHelens).queryParam("teamId", knowsleyPoliceTeam).when().get("/api/staff").then()
                .statusCode(403);
        given().auth().oauth2(stHelens).when().get("/api/staff").then().statusCode(200)
                .body("reference", not(hasItem("K-" + suffix)));
        String knowsley = TestTokens.member("knowsley", "council", List.of("340"), "plan-editor");
        given().auth().oauth2(knowsley).when().get("/api/teams").then().statusCode(200)
                .body("laCode", everyItem(equalTo("340"))).body("id", hasItem(knowsleyPoliceTeam));
        given().auth().oauth2(knowsley).when().get("/api/staff").then().statusCode(200)
                .body("reference", hasItem("K-" + suffix));
    }

    @Test
    void aForcesMetricsAreAcrossItsCouncilsOrNarrowedToOneNeverWidened() {
        String viewer = TestTokens.user("police", "viewer");
        given().auth().oauth2(viewer).when().get("/api/metrics").then().statusCode(200)
                .body("laCode", nullValue()).body("agency", equalTo("POLICE"));
        given().auth().oauth2(viewer).queryParam("laCode", "340").when().get("/api/metrics").then().statusCode(200)
                .body("laCode", equalTo("340")).body("inPostFte", equalTo(1.0f));
        given().auth().oauth2(viewer).queryParam("laCode", "876").when().get("/api/metrics").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "viewer")).queryParam("team", knowsleyPoliceTeam)
                .when().get("/api/metrics").then().statusCode(403);
    }

    private static RequestSpecification police() {
        return as(TestTokens.user("police", "workforce-editor"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static io.restassured.response.Response team(RequestSpecification as, String laCode, String name) {
        return as.body("{\"name\": \"" + name + "\", \"serviceArea\": \"OTHER\", \"establishmentFte\": 3"
                + (laCode == null ? "" : ", \"laCode\": \"" + laCode + "\"") + "}").when().post("/api/teams");
    }
}
