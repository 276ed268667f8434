package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A read whose replica closed the connection before answering (killed, crashed or restarted under it) is sent once
 * more, to the next replica in turn: a read changes nothing, so a second try is safe, where a write is never sent
 * twice (the gateway cannot know whether it took place; its caller gets the 503). A replica that was only slow is
 * not asked again: the upstream timeout fails the request as a timeout, not a closed connection.
 */
final class ReadRetry implements ProxyInterceptor {
    private final String service;

    ReadRetry(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            if (!ReplicaFailures.closedUnderIt(failure) || !bodilessRead(context.request().getMethod(),
                    context.request().proxiedRequest().headers())) {
                return Future.failedFuture(failure);
            }
            ReplicaFailures.askingAgain(service, context.request().getMethod().name(), context.request().getURI(),
                    failure);
            context.request().setBody(null); // the caller's (empty) body has been read already
            return context.sendRequest();
        });
    }

    /** A GET or HEAD without a body: one a replica can be asked again. */
    static boolean bodilessRead(HttpMethod method, MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !headers.contains(HttpHeaders.TRANSFER_ENCODING) && (length == null || "0".equals(length.trim()));
    }
}
