package org.csip.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.csip.gateway.config.GatewayConfig;

/**
 * Relays {@code /api/...} to the owning service with Vert.x HTTP Proxy: the caller's token, trace and
 * request headers pass through unchanged, and the upstream checks the token again. A service that does not answer
 * within the timeout gives a 503 problem naming it.
 */
@ApplicationScoped
public class ProxyRoutes {

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        int timeoutMillis = (int) config.upstreamTimeout().toMillis();
        for (Routes.Route route : Routes.ALL) {
            String base = config.upstreams().get(route.upstream());
            if (base == null) {
                throw new IllegalStateException("No csip.gateway.upstreams." + route.upstream() + " configured");
            }
            URI uri = URI.create(base);
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout(timeoutMillis)
                    .setIdleTimeout(timeoutMillis)
                    .setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
            ProxyHandler handler = ProxyHandler.create(HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost())
                    .addInterceptor(new UpstreamUnavailable(route.upstream())));
            router.route(route.prefix()).handler(handler);
            router.route(route.prefix() + "/*").handler(handler);
        }
    }
}
