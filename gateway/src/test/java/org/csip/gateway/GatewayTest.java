package org.csip.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
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
        given().auth().oauth2(TestTokens.user("police", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "viewer")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("council", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/inspections").then().statusCode(200).body("method", equalTo("POST"));
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
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        var stream = client.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "partners/police/events"))
                .header("Authorization", "Bearer " + TestTokens.feedClient("police"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<java.io.InputStream> response = stream.get();
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // stream closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(
                    event("workforce-events", "csip.vacancy.opened.v1", "health", "{\"secret\": \"health\"}"),
                    event("inspection-events", "csip.inspection.notified.v1", null,
                            "{\"inspectionId\": \"" + inspectionId + "\"}"))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(lines).anyMatch(l -> l.matches("event:\\s*csip.inspection.notified.v1")));
        assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains(inspectionId));
        assertThat(lines).noneMatch(l -> l.contains("csip.vacancy.opened.v1") || l.contains("secret"));
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":")));
        String lastId = lines.stream().filter(l -> l.startsWith("id:")).reduce((a, b) -> b).orElseThrow()
                .substring("id:".length()).trim();
        response.body().close();

        // Reconnecting with Last-Event-ID: an event published while away arrives, the one already seen does not.
        String missedId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(List.of(event("inspection-events", "csip.inspection.notified.v1", null,
                    "{\"inspectionId\": \"" + missedId + "\"}"))).awaitCompletion();
        }
        List<String> resumed = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> again = client.send(HttpRequest.newBuilder(
                        URI.create(gateway + "partners/police/events?type=csip.inspection.notified.v1"))
                .header("Authorization", "Bearer " + TestTokens.user("police", "viewer"))
                .header("Last-Event-ID", lastId).build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread second = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(again.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    resumed.add(line);
                }
            } catch (java.io.IOException e) {
                // closed below
            }
        });
        second.setDaemon(true);
        second.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> resumed.stream().anyMatch(l -> l.contains(missedId)));
        assertThat(resumed).noneMatch(l -> l.contains(inspectionId));
        again.body().close();
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
