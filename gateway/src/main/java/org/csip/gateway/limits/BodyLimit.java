package org.csip.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.csip.gateway.routing.GatewayProblems;

/**
 * Keeps request bodies small (2 MB of JSON) on every route but the one that takes an Ofsted report PDF (up to 20 MB,
 * {@code quarkus.http.limits.max-body-size} being the ceiling for all), answering 413 as a problem before any
 * service is reached.
 */
@ApplicationScoped
public class BodyLimit {
    static final long JSON_BODY_LIMIT = 2L * 1024 * 1024;
    static final String REPORT_IMPORT = "/api/inspections/import";

    void register(@Observes Router router) {
        router.route("/api/*").order(-2).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && !context.request().path().equals(REPORT_IMPORT) && tooLong(length)) {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(GatewayProblems.json(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is "
                            + length + " bytes; at most " + JSON_BODY_LIMIT + " are accepted here (only "
                            + REPORT_IMPORT + " takes a report PDF of up to 20 MB)"));
            return;
        }
        context.next();
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > JSON_BODY_LIMIT;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
