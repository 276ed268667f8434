package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request relayed from one event loop goes out on a connection of that same loop, even when another loop's
 * connection to the same upstream lies idle — which a single shared Vert.x client would lend it (the control case).
 */
class EventLoopClientsTest {
    private Vertx vertx;
    private HttpServer upstream;
    private ContextInternal loopA;
    private ContextInternal loopB;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        upstream = vertx.createHttpServer().requestHandler(request -> request.response().end("[]"))
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        loopA = ((VertxInternal) vertx).createEventLoopContext();
        loopB = ((VertxInternal) vertx).createEventLoopContext();
        assertThat(loopA.nettyEventLoop()).as("two contexts on two event loops").isNotSameAs(loopB.nettyEventLoop());
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachLoopRelaysOnAConnectionOfItsOwn() throws Exception {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions(), new PoolOptions());

        EventLoop first = connectionLoop(loopA, clients::current);
        EventLoop second = connectionLoop(loopB, clients::current);
        EventLoop firstAgain = connectionLoop(loopA, clients::current);

        assertThat(first).isSameAs(loopA.nettyEventLoop());
        assertThat(second).as("loop B's request, with loop A's connection idle").isSameAs(loopB.nettyEventLoop());
        assertThat(firstAgain).isSameAs(loopA.nettyEventLoop());
    }

    @Test
    void aCallerOffTheEventLoopsGetsTheOneSharedClient() throws Exception {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions(), new PoolOptions());
        CompletableFuture<HttpClient> onLoopA = new CompletableFuture<>();
        loopA.runOnContext(ignored -> onLoopA.complete(clients.current()));

        HttpClient offLoop = clients.current();

        assertThat(clients.current()).isSameAs(offLoop);
        assertThat(onLoopA.get(10, TimeUnit.SECONDS)).isNotSameAs(offLoop);
    }

    @Test
    void aSharedClientLendsOneLoopsConnectionToAnother() throws Exception {
        HttpClient shared = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions());

        connectionLoop(loopA, () -> shared);

        assertThat(connectionLoop(loopB, () -> shared)).isSameAs(loopA.nettyEventLoop());
    }

    /** Sends one request from {@code context} through the client it is given; the loop of the connection it went on. */
    private EventLoop connectionLoop(ContextInternal context, Supplier<HttpClient> client)
            throws Exception {
        CompletableFuture<EventLoop> loop = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Future<HttpClientRequest> sent = client.get().request(new RequestOptions().setMethod(HttpMethod.GET)
                    .setHost("localhost").setPort(upstream.actualPort()).setURI("/"));
            sent.compose(request -> request.send().compose(response -> response.body().map(body -> request)))
                    .onSuccess(request -> loop.complete(
                            ((ConnectionBase) request.connection()).channel().eventLoop()))
                    .onFailure(loop::completeExceptionally);
        });
        return loop.get(10, TimeUnit.SECONDS);
    }
}
