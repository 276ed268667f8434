package org.csip.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway relays requests to a service side by side, not five at a time: twelve clients at once reach the
 * service at once (the benchmark found Vert.x's default pool of five connections queuing requests inside the gateway,
 * docs/performance.md). The service holds each request until all twelve have arrived, or 5 s have passed.
 */
@QuarkusTest
@TestProfile(UpstreamConnectionsTest.HoldingUpstream.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class UpstreamConnectionsTest {
    static final int CLIENTS = 12;

    /** The inspection-service is {@link Holding}. */
    public static class HoldingUpstream implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.inspection", "http://localhost:" + Holding.PORT);
        }
    }

    /** A service that answers only once {@link #CLIENTS} requests are in it together (or after 5 s). */
    static final class Holding {
        static final CountDownLatch ALL_IN = new CountDownLatch(CLIENTS);
        static final AtomicInteger IN_FLIGHT = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
        static final int PORT;

        static {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.setExecutor(Executors.newFixedThreadPool(CLIENTS * 2));
                server.createContext("/", exchange -> {
                    MOST_AT_ONCE.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
                    ALL_IN.countDown();
                    try {
                        ALL_IN.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    IN_FLIGHT.decrementAndGet();
                    byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
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
    void manyRequestsAtOnceReachTheServiceAtOnce() throws Exception {
        String token = TestTokens.user("council", "viewer");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(clients.submit(() -> given().auth().oauth2(token).when().get("/api/inspections")
                        .then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(Holding.MOST_AT_ONCE.get()).as("requests the service held at once").isEqualTo(CLIENTS);
    }
}
