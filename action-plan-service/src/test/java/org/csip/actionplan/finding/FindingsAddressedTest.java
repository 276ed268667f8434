package org.csip.actionplan.finding;

import static io.restassured.RestAssured.given;
import static org.csip.actionplan.Api.editorOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Findings addressed to partners (issue 23), in Liverpool (341), which only this class uses: each partner lists the
 * findings addressed to it or to the partnership, and a plan's coverage counts each addressee's part.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class FindingsAddressedTest {
    private static final String LIVERPOOL = "341";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void eachPartnerSeesTheFindingsAddressedToItAndThePlansCoverageCountsEachPartnersPart() {
        var side = new InspectionSide(bootstrapServers, dataSource);
        var jtai = side.publish(LIVERPOOL, "JTAI", "AREA_FOR_IMPROVEMENT@POLICE", "AREA_FOR_IMPROVEMENT@HEALTH",
                "PRIORITY_ACTION@PARTNERSHIP", "AREA_FOR_IMPROVEMENT@POLICE,HEALTH", "STRENGTH@POLICE");
        var visit = side.publish(LIVERPOOL, "FOCUSED_VISIT", "PRIORITY_ACTION");
        String police = TestTokens.user("police", "viewer");
        String health = TestTokens.user("health", "viewer");
        String forPolice = "/api/findings?laCode=341&addressedTo=POLICE,PARTNERSHIP";

        given().auth().oauth2(police).when().get(forPolice).then().statusCode(200)
                .body("findingId", containsInAnyOrder(jtai.findingIds().get(0).toString(),
                        jtai.findingIds().get(2).toString(), jtai.findingIds().get(3).toString()))
                .body("covered", contains(false, false, false));
        given().auth().oauth2(health).when().get("/api/findings?laCode=341&addressedTo=HEALTH").then()
                .statusCode(200).body("findingId", contains(jtai.findingIds().get(1).toString(),
                        jtai.findingIds().get(3).toString()));
        // A finding from before findings were addressed (no addressedTo in its event) is the council's.
        given().auth().oauth2(police).when().get("/api/findings?laCode=341&addressedTo=COUNCIL").then()
                .statusCode(200).body("findingId", contains(visit.findingIds().get(0).toString()))
                .body("addressedTo[0]", contains("COUNCIL"));

        String plan = Api.plan(LIVERPOOL, jtai.inspectionId());
        String theme = Api.theme(LIVERPOOL, plan, "Front door");
        editorOf(LIVERPOOL).body("""
                {"themeId": "%s", "title": "Strategy discussions within a day", "leadAgency": "POLICE",
                 "owner": "Public protection unit", "startDate": "2024-05-01", "dueDate": "2024-09-30",
                 "findingIds": ["%s"]}""".formatted(theme, jtai.findingIds().get(0)))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201);

        given().auth().oauth2(police).when().get("/api/plans/" + plan + "/coverage").then().statusCode(200)
                .body("findings", equalTo(4)).body("covered", equalTo(1))
                .body("byAddressee.addressee", contains("POLICE", "HEALTH", "PARTNERSHIP"))
                .body("byAddressee.findings", contains(2, 2, 1)).body("byAddressee.covered", contains(1, 0, 0))
                .body("byAddressee.uncoveredPriorityActions", contains(0, 0, 1));
        given().auth().oauth2(police).when().get(forPolice + "&answered=true").then().statusCode(200)
                .body("findingId", contains(jtai.findingIds().get(0).toString()))
                .body("[0].actions[0].leadAgency", equalTo("POLICE")).body("[0].actions[0].planId", equalTo(plan));
        given().auth().oauth2(police).when().get(forPolice + "&answered=false").then().statusCode(200)
                .body("findingId", not(hasItem(jtai.findingIds().get(0).toString())));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameterAndOtherCouncilsStayOut() {
        String police = TestTokens.user("police", "viewer");
        for (String query : List.of("addressedTo=FIRE", "addressedTo=POLICE,", "addressedTo=POLICE%00",
                "addressedTo=" + "P".repeat(1000))) {
            given().auth().oauth2(police).when().get("/api/findings?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("addressedTo"));
        }
        given().auth().oauth2(police).when().get("/api/findings?answered=maybe").then().statusCode(400)
                .body("errors.field", hasItem("answered"));
        // St Helens' council covers 342 only: Liverpool's findings are refused by name and absent from its list.
        String stHelens = TestTokens.user("council", "viewer");
        given().auth().oauth2(stHelens).when().get("/api/findings?laCode=341").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(stHelens).when().get("/api/findings").then().statusCode(200)
                .body("laCode", not(hasItem(LIVERPOOL)));
        given().when().get("/api/findings").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get("/api/findings").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.overseerOf(List.of("344"), "improvement-adviser"))
                .when().get("/api/findings?laCode=341").then().statusCode(403);
        given().auth().oauth2(TestTokens.overseerOf(List.of("344"), "improvement-adviser"))
                .when().get("/api/findings").then().statusCode(200).body("laCode", not(hasItem(LIVERPOOL)));
    }
}
