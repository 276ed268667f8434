package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.SocketAddress;
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
import org.csip.gateway.limits.BodyCeiling;

/**
 * Relays {@code /api/...} to the owning service (to its ready replicas in turn, {@link UpstreamOrigins}) with
 * Vert.x HTTP Proxy: the caller's token, trace and
 * request headers pass through unchanged, and the upstream checks the token again. A service that does not answer
 * within the timeout gives a 503 problem naming it. Each service's OpenAPI document is at {@code /openapi/{service}}.
 */
@ApplicationScoped
public class ProxyRoutes {
    static final String OPENAPI = "/openapi/";


    void register(@Observes Router router, Vertx vertx, GatewayConfig config, UpstreamOrigins origins) {
        int timeoutMillis = (int) config.upstreamTimeout().toMillis();
        Map<String, ProxyHandler> byService = new HashMap<>();
        for (Routes.Route route : Routes.ALL) {
            ProxyHandler handler = byService.computeIfAbsent(route.upstream(),
                    service -> proxy(vertx, origins, service, timeoutMillis, config.upstreamConnections(), null));
            router.route(route.prefix()).handler(handler);
            router.route(route.prefix() + "/*").handler(handler);
        }
        // Each service's OpenAPI document, at /openapi/{service}, open to read like the services' own.
        for (String service : byService.keySet()) {
            router.route(OPENAPI + service).handler(proxy(vertx, origins, service, timeoutMillis, 2, new ToOpenApi()));
        }
    }

    private static ProxyHandler proxy(Vertx vertx, UpstreamOrigins origins, String service, int timeoutMillis,
                                      int connections, ProxyInterceptor rewrite) {
        origins.pick(service); // fails at start when the service has no URL
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS),
                // Kept-alive connections to each replica: Vert.x's default of 5 queued requests inside the gateway.
                new PoolOptions().setHttp1MaxSize(connections));
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originSelector(request -> {
                    URI origin = origins.pick(service);
                    return Future.succeededFuture(SocketAddress.inetSocketAddress(origin.getPort(), origin.getHost()));
                })
                .addInterceptor(new BodyCeiling())
                .addInterceptor(new UpstreamUnavailable(service))
                .addInterceptor(new PublicLocation());
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
