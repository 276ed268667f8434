package org.csip.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.SseStream;
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class GatewayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void apiRequestsAreRelayedWithTheCallersTokenAndTraceContext() {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        given().auth().oauth2(TestTokens.user("police", "viewer")).header("traceparent", traceparent)
                .when().get("/api/inspections?laCode=342")
                .then().statusCode(200)
                .body("path", equalTo("/api/inspections?laCode=342"))
                .body("bearer", equalTo(true))
                .body("traceparent", equalTo(traceparent));
        given().auth().oauth2(TestTokens.user("health", "viewer"))
                .when().get("/api/teams").then().statusCode(200).body("path", equalTo("/api/teams"));
    }

    @Test
    void theGatewayChecksTokensAndRightsBeforeAnyServiceIsReached() {
        given().when().get("/api/inspections").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("council", "inspection-editor"))
                .when().get("/api/inspections").then().statusCode(401);
        // A force's inspection editors pass to record their force's inspections (the service refuses any other kind);
        // not an intervention, which only the council records.
        given().auth().oauth2(TestTokens.user("police", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/interventions").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("health", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "viewer")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void browsersMayCallFromTheConfiguredOriginOnly() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/inspections").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/inspections").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void eachServicesOpenApiDocumentIsReachableThroughTheGateway() {
        for (String service : new String[] {"inspection", "action-plan", "workforce"}) {
            given().when().get("/openapi/" + service + "?format=json").then().statusCode(200)
                    .body("path", equalTo("/q/openapi?format=json"));
        }
        given().when().get("/openapi/billing").then().statusCode(404);
    }

    @Test
    void aPartnerFeedIsOnlyForThatAgency() {
        given().when().get("/partners/council/events").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "viewer"))
                .when().get("/partners/council/events").then().statusCode(403);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser"))
                .when().get("/partners/council/events").then().statusCode(403);
    }

    @Test
    void theFeedRelaysVisibleEventsLiveWithHeartbeatsAndResumesFromLastEventId() throws Exception {
        String inspectionId = UUID.randomUUID().toString();
        String lastId;
        try (SseStream feed = SseStream.open(gateway + "partners/police/events", TestTokens.feedClient("police"))) {
            assertThat(feed.status()).isEqualTo(200);
            try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
                kafka.produceStrings().fromRecords(List.of(
                        event("workforce-events", "csip.vacancy.opened.v1", "health", "{\"secret\": \"health\"}"),
                        event("inspection-events", "csip.inspection.notified.v1", null,
                                "{\"inspectionId\": \"" + inspectionId + "\"}"))).awaitCompletion();
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed.lines())
                    .anyMatch(l -> l.matches("event:\\s*csip.inspection.notified.v1")));
            assertThat(feed.lines()).anyMatch(l -> l.startsWith("data:") && l.contains(inspectionId));
            assertThat(feed.lines()).noneMatch(l -> l.contains("csip.vacancy.opened.v1") || l.contains("secret"));
            await().atMost(Duration.ofSeconds(5)).until(() -> feed.lines().stream().anyMatch(l -> l.startsWith(":")));
            lastId = feed.lastEventId();
        }

        // Reconnecting with Last-Event-ID: an event published while away arrives, the one already seen does not.
        String missedId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(event("inspection-events", "csip.inspection.notified.v1", null,
                    "{\"inspectionId\": \"" + missedId + "\"}"))).awaitCompletion();
        }
        try (SseStream resumed = SseStream.open(gateway + "partners/police/events?type=csip.inspection.notified.v1",
                TestTokens.user("police", "viewer"), lastId)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> resumed.lines().stream().anyMatch(l -> l.contains(missedId)));
            assertThat(resumed.lines()).noneMatch(l -> l.contains(inspectionId));
        }
        // An id this feed never wrote is a 400 naming the header, not a silent replay of everything.
        try (SseStream bad = SseStream.open(gateway + "partners/police/events", TestTokens.user("police", "viewer"),
                "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
            await().atMost(Duration.ofSeconds(5)).until(() -> String.join("", bad.lines()).contains("Last-Event-ID"));
        }
    }

    private static ProducerRecord<String, String> event(String topic, String type, String leadAgency, String body) {
        List<Header> headers = new java.util.ArrayList<>(List.of(
                new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_lacode", "342".getBytes(StandardCharsets.UTF_8))));
        if (leadAgency != null) {
            headers.add(new RecordHeader("ce_leadagency", leadAgency.getBytes(StandardCharsets.UTF_8)));
        }
        return new ProducerRecord<>(topic, null, UUID.randomUUID().toString(), body, headers);
    }
}
