package org.csip.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.TreeMap;
import org.csip.gateway.routing.UpstreamOrigins;
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
    private final UpstreamOrigins origins;

    public UpstreamsHealth(UpstreamOrigins origins) {
        this.origins = origins;
    }

    /** Per service "UP", or, with several replicas, each replica's state by its URL. */
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstream services").up();
        new TreeMap<>(origins.probe()).forEach((service, byOrigin) -> {
            if (byOrigin.size() == 1) {
                response.withData(service, byOrigin.values().iterator().next().join());
            } else {
                byOrigin.forEach((origin, state) -> response.withData(service + " " + origin, state.join()));
            }
        });
        return response.build();
    }
}
