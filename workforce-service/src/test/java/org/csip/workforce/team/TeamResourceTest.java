package org.csip.workforce.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class TeamResourceTest {

    private boolean teamsCreated;

    @BeforeEach
    void eachAgencySetsUpATeam() {
        if (teamsCreated) {
            return;
        }
        teamsCreated = true;
        create("police", "Child abuse investigation team", 12.5);
        create("health", "Designated nurses", 4);
        create("council", "Children in care team 1", 18.6);
    }

    @Test
    void aWorkforceEditorSeesOnlyTheirOwnAgencysTeams() {
        given().auth().oauth2(TestTokens.user("police", "workforce-editor"))
                .when().get("/api/teams")
                .then().statusCode(200)
                .body("agency", everyItem(equalTo("POLICE")))
                .body("name", hasItem("Child abuse investigation team"))
                .body("name", not(hasItem("Designated nurses")));
    }

    @Test
    void askingForAnotherAgencysTeamsIsForbiddenNotEmpty() {
        given().auth().oauth2(TestTokens.user("police", "viewer"))
                .when().get("/api/teams?agency=health")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPlanEditorReadsEveryAgency() {
        given().auth().oauth2(TestTokens.user("council", "plan-editor"))
                .when().get("/api/teams")
                .then().statusCode(200)
                .body("agency", hasItem("POLICE")).body("agency", hasItem("HEALTH")).body("agency", hasItem("COUNCIL"));
    }

    @Test
    void anOverseerGetsNoTeamDetailAndAViewerCannotCreate() {
        given().auth().oauth2(TestTokens.overseer("improvement-adviser"))
                .when().get("/api/teams").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "viewer")).contentType("application/json")
                .body("{\"name\": \"X\", \"serviceArea\": \"OTHER\", \"establishmentFte\": 1}")
                .when().post("/api/teams").then().statusCode(403);
    }

    @Test
    void badInputNamesTheFieldAndADuplicateIsAConflict() {
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).contentType("application/json")
                .body("{\"name\": \"Y\", \"serviceArea\": \"OTHER\", \"establishmentFte\": -1}")
                .when().post("/api/teams")
                .then().statusCode(400).body("errors.field", hasItem("establishmentFte"));
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).contentType("application/json")
                .body("{\"name\": \"Child abuse investigation team\", \"serviceArea\": \"OTHER\", \"establishmentFte\": 1,"
                        + " \"laCode\": \"342\"}")
                .when().post("/api/teams")
                .then().statusCode(409);
    }

    private static void create(String agency, String name, double fte) {
        given().auth().oauth2(TestTokens.user(agency, "workforce-editor")).contentType("application/json")
                .body("{\"name\": \"%s\", \"serviceArea\": \"CHILD_PROTECTION\", \"establishmentFte\": %s,"
                        .formatted(name, fte) + " \"laCode\": \"342\"}")
                .when().post("/api/teams")
                .then().statusCode(201).body("agency", equalTo(agency.toUpperCase()));
    }
}
