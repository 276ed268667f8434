package org.csip.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.csip.gateway.routing.GatewayProblems;

/**
 * Refuses a request line longer than any CSIP URL needs with a 414 problem+json, before routing. The HTTP server's
 * own limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above this one, so a long URL meets
 * this answer rather than the server's bare one.
 */
@ApplicationScoped
public class UriLimit {
    /** The longest path and query accepted: CSIP's longest (a list filtered on every parameter) is under 400. */
    static final int MAX_URI = 8 * 1024;

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI) {
            context.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(GatewayProblems.json(Response.Status.REQUEST_URI_TOO_LONG, "The URL is " + uri.length()
                            + " characters; at most " + MAX_URI + " are accepted"));
            return;
        }
        context.next();
    }
}
