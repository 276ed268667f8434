package org.csip.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.csip.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports in {@code /q/health/ready} whether each service behind the gateway is ready. It stays UP when one is
 * not: the gateway still serves the others and answers 503 for the routes of the one that is down — taking the whole
 * entry out of service would turn a partial outage into a total one.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealth implements HealthCheck {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    public UpstreamsHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> probes = new TreeMap<>();
        config.upstreams().forEach((service, base) -> probes.put(service, probe(base)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstream services").up();
        probes.forEach((service, probe) -> response.withData(service, probe.join()));
        return response.build();
    }

    private CompletableFuture<String> probe(String base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(PROBE_TIMEOUT)
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? "UP" : "DOWN (" + answer.statusCode() + ")")
                .exceptionally(failure -> "DOWN (" + (failure.getCause() == null ? failure : failure.getCause())
                        .getClass().getSimpleName() + ")");
    }
}
