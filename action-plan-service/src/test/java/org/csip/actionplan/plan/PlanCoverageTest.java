package org.csip.actionplan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;

import javax.sql.DataSource;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class PlanCoverageTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void findingsPublishedByTheInspectionSideAppearInCoverageAndAPlanIsSubmittedOnlyOnceEveryPriorityActionIsAnswered() {
        var published = new InspectionSide(bootstrapServers, dataSource)
                .publish("342", "FOCUSED_VISIT", "AREA_FOR_IMPROVEMENT", "PRIORITY_ACTION", "STRENGTH");
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            String plan = editor().body("""
                    {"laCode": "342", "title": "Improvement plan 2018", "inspectionIds": ["%s"],
                     "draftDue": "2018-09-10", "finalDue": "2018-12-03"}""".formatted(published.inspectionId()))
                    .when().post("/api/plans").then().statusCode(201).body("status", equalTo("DRAFT"))
                    .extract().path("id");
            String theme = editor().body("{\"title\": \"Front door and thresholds\"}")
                    .when().post("/api/plans/" + plan + "/themes").then().statusCode(201)
                    .body("position", equalTo(1)).extract().path("id");

            given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/plans/" + plan + "/coverage")
                    .then().statusCode(200)
                    .body("findings", equalTo(2)).body("covered", equalTo(0))
                    .body("uncoveredPriorityActions", equalTo(1))
                    .body("items.kind", contains("PRIORITY_ACTION", "AREA_FOR_IMPROVEMENT"));
            editor().when().post("/api/plans/" + plan + "/submit").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("priority action"));

            String action = editor().body("""
                    {"themeId": "%s", "title": "Multi-agency threshold training", "leadAgency": "POLICE",
                     "owner": "Public protection unit", "startDate": "2018-09-01", "dueDate": "2018-12-31",
                     "findingIds": ["%s"]}""".formatted(theme, published.findingIds().get(1)))
                    .when().post("/api/plans/" + plan + "/actions").then().statusCode(201)
                    .body("status", equalTo("NOT_STARTED")).body("leadAgency", equalTo("POLICE"))
                    .extract().path("id");
            given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/plans/" + plan + "/coverage")
                    .then().body("covered", equalTo(1)).body("uncoveredPriorityActions", equalTo(0))
                    .body("items[0].kind", equalTo("AREA_FOR_IMPROVEMENT")).body("items[0].covered", equalTo(false))
                    .body("items[1].actions[0].actionId", equalTo(action));
            editor().when().post("/api/plans/" + plan + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
            editor().when().post("/api/plans/" + plan + "/submit").then().statusCode(409);

            await().atMost(Duration.ofSeconds(20)).until(() -> log.types(plan).size() >= 3 && !log.types(action).isEmpty());
            assertThat(log.types(plan)).containsExactly("csip.plan.created.v1", "csip.plan.updated.v1",
                    "csip.plan.submitted.v1");
            var created = log.records(action).get(0);
            assertThat(TopicLog.header(created, "ce_type")).isEqualTo("csip.action.created.v1");
            assertThat(TopicLog.header(created, "ce_leadagency")).isEqualTo("POLICE");
            assertThat(TopicLog.header(created, "ce_lacode")).isEqualTo("342");
        }
    }

    @Test
    void aPlanAnswersKnownInspectionsOfItsOwnCouncilAndActionsOnlyItsFindings() {
        var side = new InspectionSide(bootstrapServers, dataSource);
        var ours = side.publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        var theirs = side.publish("343", "FOCUSED_VISIT", "PRIORITY_ACTION");
        editor().body("""
                {"laCode": "342", "title": "Plan", "inspectionIds": ["%s"]}""".formatted(theirs.inspectionId()))
                .when().post("/api/plans").then().statusCode(400).body("errors.field", hasItem("inspectionIds[0]"));
        editor().body("""
                {"laCode": "342", "title": "Plan", "inspectionIds": ["00000000-0000-0000-0000-000000000009"]}""")
                .when().post("/api/plans").then().statusCode(400).body("errors.field", hasItem("inspectionIds[0]"));
        editor().body("{\"laCode\": \"342\", \"title\": \"Plan\", \"inspectionIds\": []}")
                .when().post("/api/plans").then().statusCode(400).body("errors.field", hasItem("inspectionIds"));
        String plan = editor().body("""
                {"laCode": "342", "title": "Plan", "inspectionIds": ["%s"]}""".formatted(ours.inspectionId()))
                .when().post("/api/plans").then().statusCode(201).extract().path("id");
        String theme = editor().body("{\"title\": \"People\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");
        editor().body("{\"title\": \"people\"}").when().post("/api/plans/" + plan + "/themes").then().statusCode(409);
        String body = """
                {"themeId": "%s", "title": "T", "leadAgency": "%s", "owner": "Team", "startDate": "2019-01-01",
                 "dueDate": "%s", "findingIds": ["%s"]}""";
        editor().body(body.formatted(theme, "HEALTH", "2019-06-30", theirs.findingIds().get(0)))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(400)
                .body("errors.field", hasItem("findingIds[0]"));
        editor().body(body.formatted(theme, "HEALTH", "2018-06-30", ours.findingIds().get(0)))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        editor().body(body.formatted(theme, "FIRE", "2019-06-30", ours.findingIds().get(0)))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(400)
                .body("errors.field", hasItem("leadAgency"));
        editor().body(body.formatted("00000000-0000-0000-0000-000000000009", "HEALTH", "2019-06-30",
                        ours.findingIds().get(0)))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(400)
                .body("errors.field", hasItem("themeId"));
        given().auth().oauth2(TestTokens.user("council", "viewer")).when().get("/api/plans/" + plan + "/themes")
                .then().statusCode(200).body("title", contains("People"));
    }

    @Test
    void onlyTheCouncilsPlanEditorsWritePlansAndEveryPartnerReadsThem() {
        String body = "{\"laCode\": \"342\", \"title\": \"Plan\", \"inspectionIds\": [\"00000000-0000-0000-0000-000000000009\"]}";
        given().contentType("application/json").body(body).when().post("/api/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("council", "viewer", "action-owner")).contentType("application/json")
                .body(body).when().post("/api/plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "plan-editor")).contentType("application/json")
                .body(body).when().post("/api/plans").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("health", "workforce-editor")).when().get("/api/plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).when().get("/api/plans").then().statusCode(200);
    }
}
