package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csip.gateway.config.GatewayConfig;

/**
 * Relays {@code /api/...} to the owning service with Vert.x HTTP Proxy: the caller's token, trace and
 * request headers pass through unchanged, and the upstream checks the token again. A service that does not answer
 * within the timeout gives a 503 problem naming it. Each service's OpenAPI document is at {@code /openapi/{service}}.
 */
@ApplicationScoped
public class ProxyRoutes {
    static final String OPENAPI = "/openapi/";


    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        int timeoutMillis = (int) config.upstreamTimeout().toMillis();
        Map<String, ProxyHandler> byService = new HashMap<>();
        for (Routes.Route route : Routes.ALL) {
            ProxyHandler handler = byService.computeIfAbsent(route.upstream(),
                    service -> proxy(vertx, config, service, timeoutMillis, null));
            router.route(route.prefix()).handler(handler);
            router.route(route.prefix() + "/*").handler(handler);
        }
        // Each service's OpenAPI document, at /openapi/{service}, open to read like the services' own.
        for (String service : byService.keySet()) {
            router.route(OPENAPI + service).handler(proxy(vertx, config, service, timeoutMillis, new ToOpenApi()));
        }
    }

    private static ProxyHandler proxy(Vertx vertx, GatewayConfig config, String service, int timeoutMillis,
                                      ProxyInterceptor rewrite) {
        String base = config.upstreams().get(service);
        if (base == null) {
            throw new IllegalStateException("No csip.gateway.upstreams." + service + " configured");
        }
        URI uri = URI.create(base);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost())
                .addInterceptor(new UpstreamUnavailable(service));
        if (rewrite != null) {
            proxy.addInterceptor(rewrite);
        }
        return ProxyHandler.create(proxy);
    }

    /** {@code /openapi/{service}?format=json} → the service's {@code /q/openapi?format=json}. */
    private static final class ToOpenApi implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String requested = context.request().getURI();
            int query = requested.indexOf('?');
            context.request().setURI("/q/openapi" + (query < 0 ? "" : requested.substring(query)));
            return context.sendRequest();
        }
    }
}
