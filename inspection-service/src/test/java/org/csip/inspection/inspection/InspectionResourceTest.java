package org.csip.inspection.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class InspectionResourceTest {
    private static final String ST_HELENS_2019 = """
            {"laCode": "342", "type": "STANDARD", "notifiedDate": "2019-09-16",
             "onSiteStart": "2019-09-23", "onSiteEnd": "2019-10-04", "leadInspector": "Lead inspector (demo)"}
            """;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void councilInspectionEditorRecordsANotificationAndItsEventIsPublished() throws Exception {
        try (TopicLog log = TopicLog.open(bootstrapServers, "inspection-events")) {
            String id = given().auth().oauth2(TestTokens.user("council", "inspection-editor"))
                    .contentType("application/json").body(ST_HELENS_2019)
                    .when().post("/api/inspections")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/inspections/"))
                    .header("ETag", notNullValue())
                    .body("status", equalTo("NOTIFIED"))
                    .body("laCode", equalTo("342"))
                    .extract().path("id");

            await().atMost(Duration.ofSeconds(15)).until(() -> !log.records(id).isEmpty());
            ConsumerRecord<String, String> event = log.records(id).get(0);
            assertThat(TopicLog.header(event, "ce_type")).isEqualTo("csip.inspection.notified.v1");
            assertThat(TopicLog.header(event, "ce_source")).isEqualTo("/csip/inspection-service");
            assertThat(TopicLog.header(event, "ce_subject")).isEqualTo("inspection/" + id);
            assertThat(TopicLog.header(event, "ce_lacode")).isEqualTo("342");
            assertThat(TopicLog.header(event, "ce_id")).isNotBlank();
            JsonNode payload = new ObjectMapper().readTree(event.value());
            assertThat(payload.path("inspectionId").asText()).isEqualTo(id);
            assertThat(payload.path("graded").asBoolean()).isTrue();
            assertThat(payload.path("notifiedDate").asText()).isEqualTo("2019-09-16");
        }
        given().auth().oauth2(TestTokens.user("health", "viewer"))
                .when().get("/api/inspections?laCode=342")
                .then().statusCode(200).body("laCode", hasItem("342"));
    }

    @Test
    void noTokenIsUnauthorised() {
        given().contentType("application/json").body(ST_HELENS_2019)
                .when().post("/api/inspections").then().statusCode(401);
        given().when().get("/api/inspections").then().statusCode(401);
    }

    @Test
    void tokensThatAreExpiredFromAnotherIssuerWronglySignedOrNotCsipsAccessTokensAreUnauthorised() {
        for (String token : new String[] {TestTokens.expired("council", "inspection-editor"),
                TestTokens.fromOtherIssuer("council", "inspection-editor"),
                TestTokens.signedByOtherKey("council", "inspection-editor"), TestTokens.forOtherClient(),
                TestTokens.idToken("council", "inspection-editor")}) {
            given().auth().oauth2(token).when().get("/api/inspections").then().statusCode(401);
        }
    }

    @Test
    void onlyTheCouncilsInspectionEditorsMayRecordInspections() {
        long before = outboxRows();
        given().auth().oauth2(TestTokens.user("police", "inspection-editor"))
                .contentType("application/json").body(ST_HELENS_2019)
                .when().post("/api/inspections")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Only the council may record inspections"));
        given().auth().oauth2(TestTokens.user("council", "viewer", "plan-editor"))
                .contentType("application/json").body(ST_HELENS_2019)
                .when().post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.feedClient("council"))
                .contentType("application/json").body(ST_HELENS_2019)
                .when().post("/api/inspections").then().statusCode(403);
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void aWorkforceEditorAloneCannotReadInspections() {
        given().auth().oauth2(TestTokens.user("police", "workforce-editor"))
                .when().get("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser"))
                .when().get("/api/inspections").then().statusCode(200);
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldAndWritesNoEvent() {
        long before = outboxRows();
        String editor = TestTokens.user("council", "inspection-editor");
        given().auth().oauth2(editor).contentType("application/json")
                .body("{\"laCode\": \"34\", \"type\": \"STANDARD\", \"notifiedDate\": \"2019-09-16\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("laCode"));
        given().auth().oauth2(editor).contentType("application/json")
                .body("{\"laCode\": \"342\", \"type\": \"STANDARD\", \"notifiedDate\": \"16/09/2019\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("notifiedDate"));
        given().auth().oauth2(editor).contentType("application/json")
                .body("{\"laCode\": \"342\", \"type\": \"INVENTED\", \"notifiedDate\": \"2019-09-16\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        given().auth().oauth2(editor).contentType("application/json")
                .body("{\"laCode\": \"342\", \"type\": \"STANDARD\", \"notifiedDate\": \"2019-09-16\","
                        + " \"onSiteStart\": \"2019-09-23\", \"onSiteEnd\": \"2019-09-20\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).body("errors.field", hasItem("onSiteEnd"));
        given().auth().oauth2(editor).contentType("application/json")
                .body("{\"laCode\": \"342\", \"type\": \"STANDARD\"}")
                .when().post("/api/inspections")
                .then().statusCode(400).body("errors.field", hasItem("notifiedDate"));
        given().auth().oauth2(editor).contentType("application/json").body("{\"laCode\": ")
                .when().post("/api/inspections")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void anUnknownInspectionIsA404Problem() {
        given().auth().oauth2(TestTokens.user("council", "viewer"))
                .when().get("/api/inspections/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long outboxRows() {
        return org.csip.inspection.Api.count(dataSource, "outbox_event");
    }

}
