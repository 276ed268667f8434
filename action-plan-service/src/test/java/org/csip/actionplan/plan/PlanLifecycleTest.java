package org.csip.actionplan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A plan from submission to closing: accepted after it was submitted, closed only when no action is open. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class PlanLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aSubmittedPlanIsAcceptedAndClosedOnceEveryActionIsDone() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        String plan = editor().body("{\"laCode\": \"342\", \"title\": \"Plan\", \"inspectionIds\": [\""
                + published.inspectionId() + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
        String theme = editor().body("{\"title\": \"Front door\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");
        String action = editor().body("""
                {"themeId": "%s", "title": "MASH review", "leadAgency": "COUNCIL", "owner": "Head of service",
                 "startDate": "2020-01-06", "dueDate": "2020-06-30", "findingIds": ["%s"]}"""
                .formatted(theme, published.findingIds().get(0))).when().post("/api/plans/" + plan + "/actions")
                .then().statusCode(201).extract().path("id");
        String base = "/api/plans/" + plan;

        editor().body("{}").when().post(base + "/accept").then().statusCode(409)
                .body("detail", containsString("only a SUBMITTED plan"));
        editor().body("{\"submittedOn\": \"2020-01-20\"}").when().post(base + "/submit").then().statusCode(200);
        editor().body("{\"acceptedOn\": \"2020-01-10\"}").when().post(base + "/accept").then().statusCode(400)
                .body("errors.field", hasItem("acceptedOn"));
        editor().body("{\"acceptedOn\": \"" + LocalDate.now().plusDays(3) + "\"}").when().post(base + "/accept")
                .then().statusCode(400).body("errors.field", hasItem("acceptedOn"));
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            editor().body("{\"acceptedOn\": \"2020-02-14\"}").when().post(base + "/accept").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED")).body("acceptedOn", equalTo("2020-02-14"));

            editor().body("{\"reason\": \"Judged good\"}").when().post(base + "/close").then().statusCode(409)
                    .body("detail", containsString("1 open action"));
            editor().body("{}").when().post(base + "/close").then().statusCode(400).body("errors.field", hasItem("reason"));
            editor().body("{\"narrative\": \"Reviewed\", \"completedOn\": \"2020-06-01\", \"evidence\": [{\"title\":"
                    + " \"Review\", \"link\": \"https://intranet.example/mash\"}]}")
                    .when().post("/api/actions/" + action + "/complete").then().statusCode(200);
            editor().body("{\"reason\": \"Judged good at the 2022 inspection; notice lifted\", \"closedOn\": \"2022-11-01\"}")
                    .when().post(base + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                    .body("closedOn", equalTo("2022-11-01"))
                    .body("closeReason", equalTo("Judged good at the 2022 inspection; notice lifted"));
            await().atMost(Duration.ofSeconds(20)).until(() -> log.types(plan).contains("csip.plan.closed.v1"));
            assertThat(log.types(plan)).containsSubsequence("csip.plan.accepted.v1", "csip.plan.closed.v1");
        }
        editor().body("{\"title\": \"Late theme\"}").when().post(base + "/themes").then().statusCode(409);
        editor().body("{\"reason\": \"again\"}").when().post(base + "/close").then().statusCode(409);
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get(base).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }
}
