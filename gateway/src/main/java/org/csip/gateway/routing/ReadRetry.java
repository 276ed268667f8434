package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.io.IOException;
import java.net.ConnectException;
import org.jboss.logging.Logger;

/**
 * A read whose replica closed the connection before answering (killed, crashed or restarted under it) is sent once
 * more, to the next replica in turn: a read changes nothing, so a second try is safe, where a write is never sent
 * twice (the gateway cannot know whether it took place; its caller gets the 503). A replica that was only slow is
 * not asked again: the upstream timeout fails the request as a timeout, not a closed connection.
 */
final class ReadRetry implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(ReadRetry.class);

    private final String service;

    ReadRetry(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            if (!closedUnderIt(failure) || !bodilessRead(context.request().getMethod(),
                    context.request().proxiedRequest().headers())) {
                return Future.failedFuture(failure);
            }
            LOG.warnf("A replica of the %s service closed the connection under %s %s (%s); asking the next one",
                    service, context.request().getMethod(), context.request().getURI(), failure.toString());
            context.request().setBody(null); // the caller's (empty) body has been read already
            return context.sendRequest();
        });
    }

    /** The connection ended under the request: not refused (the replicas were tried in turn) and not a timeout. */
    static boolean closedUnderIt(Throwable failure) {
        return failure instanceof HttpClosedException
                || failure instanceof IOException && !(failure instanceof ConnectException);
    }

    /** A GET or HEAD without a body: one a replica can be asked again. */
    static boolean bodilessRead(HttpMethod method, MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !headers.contains(HttpHeaders.TRANSFER_ENCODING) && (length == null || "0".equals(length.trim()));
    }
}
