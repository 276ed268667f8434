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
 * is then passed over. A replica that closes the connection under a request (killed while answering it) costs a read
 * nothing, asked again of the next replica, but a write is never sent twice. The readiness probe is held off for the
 * test, so only what the requests meet can set a replica aside.
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

    /**
     * The action-plan-service as two replicas, the first refusing connections; the inspection-service as two, the
     * first {@link Dying}; the second of each is {@link Live}.
     */
    public static class OneReplicaGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.action-plan", GONE + ",http://localhost:" + Live.PORT,
                    "csip.gateway.upstreams.inspection", "http://localhost:" + Dying.PORT + ",http://localhost:"
                            + Live.PORT,
                    "csip.gateway.upstream-probe-interval", "1h");
        }
    }

    /** A replica that accepts each connection, reads the request's head and closes it without a word. */
    static final class Dying {
        static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
        static final int PORT;

        static {
            try {
                ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                PORT = server.getLocalPort();
                Thread accepting = new Thread(() -> {
                    while (!server.isClosed()) {
                        try (java.net.Socket connection = server.accept()) {
                            java.io.BufferedReader head = new java.io.BufferedReader(new java.io.InputStreamReader(
                                    connection.getInputStream(), StandardCharsets.ISO_8859_1));
                            REQUESTS.add(head.readLine());
                            for (String line = head.readLine(); line != null && !line.isEmpty(); ) {
                                line = head.readLine();
                            }
                        } catch (IOException e) {
                            // the next connection
                        }
                    }
                }, "dying-replica");
                accepting.setDaemon(true);
                accepting.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A replica that answers every request and keeps each body it received, and each request's method and path. */
    static final class Live {
        static final List<String> BODIES = new CopyOnWriteArrayList<>();
        static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
        static final int PORT;

        static {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/", exchange -> {
                    REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
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
        assertThat(Live.BODIES.stream().filter(body -> body.startsWith("{\"title")).toList())
                .as("each write reached the live replica once, whole")
                .containsExactly("{\"title\": \"Plan 1\"}", "{\"title\": \"Plan 2\"}", "{\"title\": \"Plan 3\"}",
                        "{\"title\": \"Plan 4\"}", "{\"title\": \"Plan 5\"}", "{\"title\": \"Plan 6\"}");
        assertThat(origins.inTurn("action-plan")).as("the refusing replica is set aside until its probe answers")
                .containsExactly(URI.create("http://localhost:" + Live.PORT));
    }

    @Test
    void aReadWhoseReplicaClosedTheConnectionIsAskedOfTheNextAndAWriteIsNeverSentTwice() {
        String editor = TestTokens.user("council", "inspection-editor");
        for (int i = 1; i <= 4; i++) {
            given().auth().oauth2(editor).when().get("/api/inspections/" + i)
                    .then().statusCode(200).body("replica", equalTo("live"));
        }
        List<Integer> writes = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            writes.add(given().auth().oauth2(editor).contentType("application/json").body("{\"urn\": " + i + "}")
                    .when().post("/api/inspections").then().extract().statusCode());
        }
        long readsAtTheDying = Dying.REQUESTS.stream().filter(line -> line.startsWith("GET ")).count();
        long writesAtTheDying = Dying.REQUESTS.stream().filter(line -> line.startsWith("POST ")).count();
        assertThat(readsAtTheDying).as("reads that met the dying replica first").isPositive();
        assertThat(Live.REQUESTS.stream().filter(line -> line.startsWith("GET /api/inspections/")).count())
                .as("every read answered by the live replica").isEqualTo(4);
        assertThat(writesAtTheDying).as("writes that met the dying replica").isPositive();
        assertThat(writes.stream().filter(status -> status == 503).count())
                .as("each write the dying replica closed on is a 503, not sent again").isEqualTo(writesAtTheDying);
        assertThat(Live.REQUESTS.stream().filter(line -> line.equals("POST /api/inspections")).count())
                .isEqualTo(4 - writesAtTheDying);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
