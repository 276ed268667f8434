package org.csip.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.jboss.logging.Logger;

/**
 * When the owning service cannot be reached (refused, or silent past the timeout), answers 503 problem+json naming
 * the service, with {@code Retry-After} — instead of the proxy's bare 502 or a hang.
 */
final class UpstreamUnavailable implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(UpstreamUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final String service;

    UpstreamUnavailable(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            LOG.warnf("The %s service did not answer %s %s: %s", service, context.request().getMethod(),
                    context.request().getURI(), failure.toString());
            ProxyResponse response = context.request().response().setStatusCode(503)
                    .setStatusMessage("Service Unavailable");
            response.headers().clear();
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setBody(Body.body(Buffer.buffer(GatewayProblems.json(Response.Status.SERVICE_UNAVAILABLE,
                    GatewayProblems.unavailableDetail(service)))));
            return Future.succeededFuture(response);
        });
    }
}
