package org.csip.workforce.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Map;
import org.csip.common.security.Agency;
import org.csip.local.demo.ApiClient;
import org.csip.local.demo.DemoWorkforce;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo workforce, loaded through the API, gives the council St Helens' published 2019 figures (docs/domain.md §2)
 * — people, leavers, agency workers, vacancies and caseloads in, the DfE measures out.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class StHelens2019Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoWorkforce.Loaded loaded;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MetricsSnapshotJob job;

    /** The demo's editors, as signed test tokens, calling the service directly. */
    static ApiClient editor(String username) {
        String token = TestTokens.user(username.substring(0, username.indexOf('.')), "workforce-editor");
        return new ApiClient() {
            @Override
            public JsonNode get(String path) {
                return read(given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().asString());
            }

            @Override
            public JsonNode post(String path, Object body, int expectedStatus) {
                try {
                    return read(given().auth().oauth2(token).contentType("application/json")
                            .body(JSON.writeValueAsString(body)).when().post(path).then().statusCode(expectedStatus)
                            .extract().asString());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void theDemoWorkforce() {
        if (loaded == null) {
            loaded = new DemoWorkforce(StHelens2019Test::editor).load(DemoWorkforce.story());
        }
    }

    @Test
    void theCouncilsMetricsAt30September2019AreTheOnesDfePublished() {
        assertThat(loaded.leavers()).isEqualTo(40);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).queryParam("agency", "council")
                .queryParam("asOf", "2019-09-30").when().get("/api/metrics").then().statusCode(200)
                .body("laCode", equalTo("342"))
                .body("inPostFte", equalTo(124.9f)).body("leaversFte", equalTo(34.6f))
                .body("agencyFte", equalTo(49.0f)).body("agencyCoverFte", equalTo(20.0f))
                .body("vacancyFte", equalTo(42.0f)).body("cases", equalTo(1954)).body("caseHolderFte", equalTo(99.3f))
                .body("turnoverRate", equalTo(27.7f)).body("agencyRate", equalTo(28.2f))
                .body("vacancyRate", equalTo(25.2f)).body("caseload", equalTo(19.7f))
                .body("agencyCoverRate", equalTo(40.8f)).body("vacancyAgencyCoverRate", equalTo(47.6f));
    }

    @Test
    void historyGoesMonthByMonthAndATeamHasItsOwnFigures() {
        given().auth().oauth2(TestTokens.user("health", "viewer")).queryParam("agency", "council")
                .queryParam("to", "2019-10-15").queryParam("months", "12").when().get("/api/metrics/history").then()
                .statusCode(200).body("", hasSize(12)).body("[0].asOf", equalTo("2018-10-31"))
                .body("[11].asOf", equalTo("2019-09-30")).body("[11].turnoverRate", equalTo(27.7f));
        String team = given().auth().oauth2(TestTokens.user("council", "viewer")).when().get("/api/teams").then()
                .extract().path("find { it.name == 'Contact and referral (MASH)' }.id");
        given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("team", team)
                .queryParam("asOf", "2019-09-30").when().get("/api/metrics").then().statusCode(200)
                .body("agency", equalTo("COUNCIL")).body("cases", equalTo(230)).body("caseload", equalTo(21.9f));
    }

    @Test
    void aMonthsSnapshotIsPublishedOncePerAgency() throws Exception {
        try (TopicLog log = TopicLog.open(bootstrapServers, "workforce-events")) {
            given().auth().oauth2(TestTokens.user("council", "workforce-editor")).contentType("application/json")
                    .body(Map.of("asOf", "2019-09-30")).when().post("/api/metrics/snapshots").then().statusCode(200)
                    .body("published", equalTo(true));
            given().auth().oauth2(TestTokens.user("council", "workforce-editor")).contentType("application/json")
                    .body(Map.of("asOf", "2019-09-30")).when().post("/api/metrics/snapshots").then().statusCode(200)
                    .body("published", equalTo(false));
            await().atMost(Duration.ofSeconds(20)).until(() -> !log.records("342/council/2019-09-30").isEmpty());
            assertThat(log.types("342/council/2019-09-30")).containsExactly("csip.metrics.snapshot.v1");
            JsonNode snapshot = JSON.readTree(log.records("342/council/2019-09-30").get(0).value());
            assertThat(snapshot.path("caseload").decimalValue()).isEqualByComparingTo("19.7");
            assertThat(snapshot.path("turnoverRate").decimalValue()).isEqualByComparingTo("27.7");
            assertThat(snapshot.path("agency").asText()).isEqualTo("COUNCIL");
            assertThat(TopicLog.header(log.records("342/council/2019-09-30").get(0), "ce_leadagency")).isEqualTo("COUNCIL");
        }
        given().auth().oauth2(TestTokens.user("council", "workforce-editor")).contentType("application/json")
                .body(Map.of("asOf", "2019-09-29")).when().post("/api/metrics/snapshots").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("asOf"));
        given().auth().oauth2(TestTokens.user("council", "viewer")).contentType("application/json")
                .body(Map.of("asOf", "2019-09-30")).when().post("/api/metrics/snapshots").then().statusCode(403);
    }

    @Test
    void theMonthlyJobPublishesEachAgencysSnapshotOnceHoweverOftenItRuns() {
        // St Helens' three agencies at least (other tests may keep teams in other councils, each its own snapshot).
        assertThat(job.publish(LocalDate.of(2019, 8, 31))).isGreaterThanOrEqualTo(3);
        assertThat(job.publish(LocalDate.of(2019, 8, 31))).isZero();
        for (Agency agency : Agency.values()) {
            assertThat(job.publishOnce("342", agency, LocalDate.of(2019, 8, 31))).as(agency + " in St Helens").isFalse();
        }
    }
}
