package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.testing.SseStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first slice end to end, through the gateway, with tokens from the real Keycloak. */
@ExtendWith(StackExtension.class)
class WalkingSkeletonIT {
    private static final String INSPECTION = """
            {"laCode": "342", "type": "STANDARD", "notifiedDate": "2019-09-16",
             "onSiteStart": "2019-09-23", "onSiteEnd": "2019-10-04"}
            """;

    private final LocalStack stack = StackExtension.stack();

    @Test
    void anInspectionRecordedThroughTheGatewayReachesTheActionPlanServiceAndTheCouncilFeedWithinTwoSeconds()
            throws Exception {
        String director = Keycloak.userToken(stack, "director");
        try (SseStream feed = SseStream.open(stack.gatewayUrl() + "/partners/council/events", director)) {
            assertThat(feed.status()).isEqualTo(200);
            long posted = System.nanoTime();
            String id = given().auth().oauth2(director).contentType("application/json").body(INSPECTION)
                    .when().post(stack.gatewayUrl() + "/api/inspections")
                    .then().statusCode(201).body("status", equalTo("NOTIFIED"))
                    .extract().path("id");

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> feed.lines().stream().anyMatch(l -> l.startsWith("data:") && l.contains(id)));
            System.out.printf("Event reached the council feed %d ms after the POST returned%n",
                    (System.nanoTime() - posted) / 1_000_000);
            assertThat(feed.lines()).anyMatch(l -> l.matches("event:\\s*csip.inspection.notified.v1"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(director)
                    .when().get(stack.gatewayUrl() + "/api/known-inspections/" + id)
                    .then().statusCode(200).body("laCode", equalTo("342")));
        }
    }

    @Test
    void eachServicesOpenApiDocumentIsServedThroughTheGateway() {
        for (String service : new String[] {"inspection", "action-plan", "workforce"}) {
            given().queryParam("format", "json").when().get(stack.gatewayUrl() + "/openapi/" + service).then()
                    .statusCode(200).body("info.title", org.hamcrest.Matchers.equalTo("CSIP " + service + "-service"));
        }
    }

    @Test
    void noTokenIsUnauthorisedAndAPoliceTokenCannotRecordAnInspection() {
        given().contentType("application/json").body(INSPECTION)
                .when().post(stack.gatewayUrl() + "/api/inspections").then().statusCode(401);
        given().auth().oauth2(Keycloak.userToken(stack, "police.lead")).contentType("application/json")
                .body(INSPECTION).when().post(stack.gatewayUrl() + "/api/inspections").then().statusCode(403);
    }

    @Test
    void thePoliceTokenIsRefusedByTheServiceItselfWhenTheGatewayIsBypassed() {
        given().auth().oauth2(Keycloak.userToken(stack, "police.lead")).contentType("application/json")
                .body(INSPECTION)
                .when().post("http://localhost:" + stack.config().inspectionPort() + "/api/inspections")
                .then().statusCode(403);
    }

    @Test
    void aMalformedBodyIsA400ProblemNamingTheFieldAndPublishesNothing() throws Exception {
        long before = outboxRows();
        given().auth().oauth2(Keycloak.userToken(stack, "performance.officer")).contentType("application/json")
                .body("{\"laCode\": \"342\", \"type\": \"STANDARD\", \"notifiedDate\": \"not a date\"}")
                .when().post(stack.gatewayUrl() + "/api/inspections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("notifiedDate"));
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void aPartnerFeedClientReadsItsOwnFeedOnly() throws Exception {
        String police = Keycloak.feedToken(stack, "police");
        try (SseStream own = SseStream.open(stack.gatewayUrl() + "/partners/police/events", police)) {
            assertThat(own.status()).isEqualTo(200);
        }
        try (SseStream other = SseStream.open(stack.gatewayUrl() + "/partners/council/events", police)) {
            assertThat(other.status()).isEqualTo(403);
        }
    }

    /** Events the inspection service published, but for those of its review-due job (OwnTimeEvents). */
    private long outboxRows() throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl("inspections"),
                PostgresLauncher.USER, PostgresLauncher.PASSWORD);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM outbox_event"
                     + " WHERE " + OwnTimeEvents.LEFT_OUT)) {
            result.next();
            return result.getLong(1);
        }
    }
}
