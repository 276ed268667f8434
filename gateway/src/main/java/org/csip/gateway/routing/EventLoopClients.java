package org.csip.gateway.routing;

import io.netty.channel.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.impl.ContextInternal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One upstream HTTP client per event loop, so that a relayed request and its upstream connection are served by the
 * same thread.
 * <p>
 * A single Vert.x client lends any idle connection of its pool to any event loop (its pool picks the connection that
 * answered last, not one of the caller's thread), and then every step of the upstream exchange — opening the stream,
 * writing the request, acknowledging the answer's bytes — is handed from the caller's event loop to the connection's
 * and back, each hand-over a wake-up of the other thread. Measured on the benchmark's read (docs/performance.md,
 * scenario 1), those hand-overs took about a third of the gateway's CPU. A client used only from one event loop opens
 * its connections on that loop (Vert.x opens a pooled connection on the asking thread's loop), so none is shared.
 */
final class EventLoopClients {
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<EventLoop, HttpClient> byLoop = new ConcurrentHashMap<>();

    EventLoopClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
    }

    /**
     * The client of the event loop that serves {@code caller}'s connection: where the answer is written, and the
     * thread the proxy runs on unless an asynchronous step before it (a token verified for the first time) moved it.
     */
    HttpClient of(HttpServerRequest caller) {
        Context context = Vertx.currentContext();
        if (!(context instanceof ContextInternal current) || !current.isEventLoopContext()) {
            context = ((HttpServerRequestInternal) caller).context();
        }
        return byLoop.computeIfAbsent(((ContextInternal) context).nettyEventLoop(),
                loop -> vertx.createHttpClient(options, pool));
    }
}
