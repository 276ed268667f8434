package org.csip.gateway.security;

import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.csip.gateway.routing.GatewayProblems;

/**
 * A request the gateway's rights refuse (403) is answered as problem+json, saying why when the policy recorded it
 * (a council the token does not cover), like every other refusal: not an empty 403 that a client cannot read.
 */
@ApplicationScoped
public class RefusedProblems {
    /** Where {@link ApiRightsPolicy} leaves the reason for a refusal on the request. */
    static final String REASON = "csip.refused";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (!(context.failure() instanceof ForbiddenException) || context.response().headWritten()) {
            context.next();
            return;
        }
        String reason = context.get(REASON);
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(GatewayProblems.json(Response.Status.FORBIDDEN, reason != null ? reason
                        : "This token's roles or agency do not allow this request (docs/partners.md, the route table)"));
    }
}
