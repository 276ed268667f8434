package org.csip.gateway.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Base64;
import org.csip.common.problem.Problem;
import org.csip.gateway.config.GatewayConfig;
import org.csip.gateway.routing.GatewayProblems;

/**
 * A token bucket per client in front of {@code /api} and {@code /partners}: a client over its limit gets 429
 * problem+json with {@code Retry-After}, and other clients are not slowed. A client is the token's subject and
 * client id (read, not trusted: the token is verified after this, and a forged one only buys its own bucket), or the
 * address when there is no token. Each replica limits on its own.
 */
@ApplicationScoped
public class RateLimiter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayConfig.RateLimit limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();
    /**
     * The client each bearer token names, so a token is decoded once and not on every request (decoding it each time
     * was about 5% of the gateway's CPU, docs/performance.md). Bounded: a flood of made-up tokens only evicts.
     */
    private final Cache<String, String> clients = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(10_000).build();

    public RateLimiter(GatewayConfig config) {
        this.limit = config.rateLimit();
    }

    void register(@Observes Router router) {
        router.route().order(-1).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/partners/")) {
            context.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(client(context.request()), key -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.response().putHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            context.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        context.response().setStatusCode(429).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(retryAfter))
                .end(GatewayProblems.json(Response.Status.TOO_MANY_REQUESTS, "Too many requests from this client: at most " + limit.perMinute()
                        + " a minute (bursts of " + limit.burst() + "); try again in " + retryAfter + " s"));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.burst())
                .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)).build()).build();
    }

    /** {@code sub} and {@code azp} of the bearer token, or the remote address. */
    String client(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        String client = authorization == null ? null : clients.get(authorization, RateLimiter::tokenClient);
        return client != null ? client
                : "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
    }

    /** {@code token:sub/azp} of a bearer JWT's claims (read, not verified), or null when the header holds none. */
    static String tokenClient(String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String[] parts = authorization.substring(7).trim().split("\\.");
            if (parts.length == 3) {
                try {
                    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
                    return "token:" + claims.path("sub").asText() + "/" + claims.path("azp").asText();
                } catch (IllegalArgumentException | java.io.IOException notAJwt) {
                    return null;
                }
            }
        }
        return null;
    }
}
