package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csip.gateway.config.GatewayConfig;
import org.csip.gateway.limits.BodyCeiling;

/**
 * Relays {@code /api/...} to the owning service (to its ready replicas in turn, {@link UpstreamOrigins}) with
 * Vert.x HTTP Proxy, on a connection of the caller's own event loop ({@link EventLoopClients}): the caller's token,
 * trace and request headers pass through unchanged, and the upstream checks the token again. A replica that refuses
 * the connection is passed over for the next, and a read whose replica closes the connection under it is asked of the
 * next ({@link ReadRetry}). A service that does not answer within the timeout gives a 503 problem naming it. Each
 * service's OpenAPI document is at {@code /openapi/{service}}.
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
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions()
                .setConnectTimeout(timeoutMillis)
                // Each request's own timeout (set in connect) ends a silent request first, as a timeout: a connection's
                // idle timeout would end it as a closed connection, which ReadRetry would take for a replica gone.
                .setIdleTimeout(2 * timeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS),
                // Kept-alive connections to each replica, from each event loop: Vert.x's default of 5 queued
                // requests inside the gateway.
                new PoolOptions().setHttp1MaxSize(connections));
        // The proxy's own client is never asked for a connection: each request takes its event loop's (origin).
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient())
                .origin(context -> connect(clients.current(), origins, service,
                        origins.inTurn(service), 0, timeoutMillis))
                .addInterceptor(new BodyCeiling())
                .addInterceptor(new UpstreamUnavailable(service))
                .addInterceptor(new PublicLocation());
        if (rewrite != null) {
            proxy.addInterceptor(rewrite);
        }
        // Last, so that asking again sends the request as every interceptor before it left it.
        proxy.addInterceptor(new ReadRetry(service));
        return ProxyHandler.create(proxy);
    }

    /**
     * A connection to the first of {@code replicas} from {@code index} that accepts one. Nothing of the request has
     * been sent while there is no connection, so trying the next replica is safe for every method, a write included:
     * a replica killed a moment ago costs its callers nothing before the next readiness probe notices (as Envoy's
     * {@code connect-failure} retry and nginx's {@code proxy_next_upstream error}). A request already sent is never
     * sent again: that one gets its 503.
     */
    private static Future<HttpClientRequest> connect(HttpClient client, UpstreamOrigins origins, String service,
                                                     List<URI> replicas, int index, int timeoutMillis) {
        URI origin = replicas.get(index);
        return client.request(new RequestOptions().setIdleTimeout(timeoutMillis)
                        .setServer(SocketAddress.inetSocketAddress(origin.getPort(), origin.getHost())))
                .recover(failure -> {
                    if (ReplicaFailures.refused(failure)) {
                        origins.unreachable(service, origin, failure);
                    }
                    return index + 1 < replicas.size()
                            ? connect(client, origins, service, replicas, index + 1, timeoutMillis)
                            : Future.failedFuture(failure);
                });
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
