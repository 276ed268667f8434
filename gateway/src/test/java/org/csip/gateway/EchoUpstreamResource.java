package org.csip.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An upstream that echoes what reached it, so tests see what the gateway relayed. */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
            String path = exchange.getRequestURI().toString();
            long received = exchange.getRequestBody().readAllBytes().length; // read it all, as a real service does
            // Actions whose id starts with the agency are led by it, so the partner endpoints can be tested.
            String lead = path.startsWith("/api/actions/police-") ? "\"POLICE\""
                    : path.startsWith("/api/actions/health-") ? "\"HEALTH\"" : "null";
            byte[] body = ("{\"method\": \"" + exchange.getRequestMethod() + "\", \"leadAgency\": " + lead
                    + ", \"path\": \"" + exchange.getRequestURI() + "\", \"bearer\": " + (authorization != null
                    && authorization.startsWith("Bearer ")) + ", \"traceparent\": \"" + traceparent + "\", \"bodyBytes\": " + received + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Total-Count", "1");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("csip.gateway.upstreams.inspection", url,
                "csip.gateway.upstreams.action-plan", url,
                "csip.gateway.upstreams.workforce", url,
                "csip.gateway.feed.heartbeat", "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
