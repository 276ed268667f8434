package org.csip.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A replica that refuses connections (killed a moment ago, before the next readiness probe) costs the callers nothing:
 * each request goes on to a replica that accepts it, a write included, since nothing of it was sent; the refusing one
 * is then passed over. The readiness probe is held off for the test, so only the refusal can set it aside.
 */
@QuarkusTest
@TestProfile(UpstreamFailoverTest.OneReplicaGone.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class UpstreamFailoverTest {
    static final URI GONE = URI.create("http://localhost:" + freePort());

    @Inject
    UpstreamOrigins origins;

    /** The action-plan-service as two replicas: the first refuses connections, the second is {@link Live}. */
    public static class OneReplicaGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.action-plan", GONE + ",http://localhost:" + Live.PORT,
                    "csip.gateway.upstream-probe-interval", "1h");
        }
    }

    /** A replica that answers every request and keeps each body it received. */
    static final class Live {
        static final List<String> BODIES = new CopyOnWriteArrayList<>();
        static final int PORT;

        static {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/", exchange -> {
                    BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    byte[] body = "{\"replica\": \"live\"}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                PORT = server.getAddress().getPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void everyRequestReachesTheReplicaThatAcceptsItOnceAndTheRefusingOneIsPassedOver() {
        String editor = TestTokens.user("council", "plan-editor");
        for (int i = 1; i <= 6; i++) {
            given().auth().oauth2(editor).contentType("application/json").body("{\"title\": \"Plan " + i + "\"}")
                    .when().post("/api/plans")
                    .then().statusCode(200).body("replica", equalTo("live"));
            given().auth().oauth2(editor).when().get("/api/plans")
                    .then().statusCode(200).body("replica", equalTo("live"));
        }
        assertThat(Live.BODIES.stream().filter(body -> !body.isEmpty()).toList())
                .as("each write reached the live replica once, whole")
                .containsExactly("{\"title\": \"Plan 1\"}", "{\"title\": \"Plan 2\"}", "{\"title\": \"Plan 3\"}",
                        "{\"title\": \"Plan 4\"}", "{\"title\": \"Plan 5\"}", "{\"title\": \"Plan 6\"}");
        assertThat(origins.inTurn("action-plan")).as("the refusing replica is set aside until its probe answers")
                .containsExactly(URI.create("http://localhost:" + Live.PORT));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
