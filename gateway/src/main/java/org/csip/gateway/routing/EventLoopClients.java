package org.csip.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One upstream HTTP client per event loop, so that a relayed request and its upstream connection are served by the
 * same thread.
 * <p>
 * A single Vert.x client lends any idle connection of its pool to any event loop (its pool picks the connection that
 * answered last, not one of the caller's thread), and then every step of the upstream exchange — opening the stream,
 * writing the request, acknowledging the answer's bytes — is handed from the caller's event loop to the connection's
 * and back, each hand-over a wake-up of the other thread (docs/performance.md, scenario 1). A client used only from
 * one event loop opens its connections on that loop (Vert.x opens a pooled connection on the asking thread's loop), so
 * none is shared: a connection pool per worker thread, as Envoy keeps one.
 */
final class EventLoopClients {
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
    private final HttpClient offLoop;

    EventLoopClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
        this.offLoop = vertx.createHttpClient(options, pool);
    }

    /**
     * The client of the event loop the caller runs on; a shared one for a caller on any other thread (a request whose
     * token was first verified on a worker thread, say), which is then handed over as before.
     */
    HttpClient current() {
        return Context.isOnEventLoopThread()
                ? byLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options, pool))
                : offLoop;
    }
}
