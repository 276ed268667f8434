package org.csip.actionplan.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class MeasureTest {
    private static final String CASELOAD = """
            {"name": "Average social worker caseload", "unit": "cases per FTE", "baseline": 19.7,
             "baselineOn": "2019-09-30", "target": 18.0, "direction": "LOWER_IS_BETTER"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    String plan;

    @BeforeEach
    void aPlan() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        plan = Api.plan("342", published.inspectionId());
    }

    @Test
    void aMeasureTracksActualsAgainstItsTargetInItsDirection() throws Exception {
        String measures = "/api/plans/" + plan + "/measures";
        String id = editor().body(CASELOAD).when().post(measures).then().statusCode(201)
                .body("onTarget", equalTo(null)).extract().path("id");
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            editor().body("{\"asOf\": \"2020-03-31\", \"value\": 18.9, \"source\": \"Workforce return\"}")
                    .when().post(measures + "/" + id + "/actuals").then().statusCode(200)
                    .body("onTarget", equalTo(false)).body("latest.value", equalTo(18.9f));
            editor().body("{\"asOf\": \"2020-09-30\", \"value\": 17.6}")
                    .when().post(measures + "/" + id + "/actuals").then().statusCode(200)
                    .body("onTarget", equalTo(true)).body("actuals.asOf", contains("2020-03-31", "2020-09-30"));
            await().atMost(Duration.ofSeconds(20)).until(() -> log.records(id).size() >= 2);
            assertThat(log.types(id)).containsExactly("csip.measure.actual-recorded.v1", "csip.measure.actual-recorded.v1");
            var latest = new ObjectMapper().readTree(log.records(id).get(1).value());
            assertThat(latest.path("onTarget").asBoolean()).isTrue();
            assertThat(latest.path("laCode").asText()).isEqualTo("342");
        }
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get(measures).then().statusCode(200)
                .body("name", contains("Average social worker caseload"));
    }

    @Test
    void badMeasuresAndActualsAreRefusedNamingTheField() {
        String measures = "/api/plans/" + plan + "/measures";
        editor().body(CASELOAD.replace("LOWER_IS_BETTER", "SIDEWAYS")).when().post(measures).then().statusCode(400)
                .body("errors.field", hasItem("direction"));
        editor().body(CASELOAD.replace("19.7", "19.777")).when().post(measures).then().statusCode(400)
                .body("errors.field", hasItem("baseline"));
        String id = editor().body(CASELOAD).when().post(measures).then().statusCode(201).extract().path("id");
        editor().body(CASELOAD).when().post(measures).then().statusCode(409);
        editor().body("{\"asOf\": \"2019-01-01\", \"value\": 20}").when().post(measures + "/" + id + "/actuals")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        editor().body("{\"asOf\": \"2099-01-01\", \"value\": 20}").when().post(measures + "/" + id + "/actuals")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        editor().body("{\"asOf\": \"2020-03-31\", \"value\": 20}").when().post(measures + "/" + id + "/actuals")
                .then().statusCode(200);
        editor().body("{\"asOf\": \"2020-03-31\", \"value\": 21}").when().post(measures + "/" + id + "/actuals")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.user("police", "action-owner")).contentType("application/json")
                .body("{\"asOf\": \"2020-04-30\", \"value\": 21}").when().post(measures + "/" + id + "/actuals")
                .then().statusCode(403);
        given().contentType("application/json").body(CASELOAD).when().post(measures).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "plan-editor")).contentType("application/json").body(CASELOAD)
                .when().post(measures).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "workforce-editor")).when().get(measures).then().statusCode(403);
    }
}
