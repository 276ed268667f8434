package org.csip.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.csip.gateway.routing.GatewayProblems;

/**
 * Keeps request bodies small (2 MB) on every route — the API, the partner doors, the dashboard — but the one that
 * takes an Ofsted report PDF (up to 20 MB, {@code quarkus.http.limits.max-body-size} being the ceiling for all),
 * answering 413 as a problem before any service is reached. A declared {@code Content-Length} over the limit is
 * refused here at once; the bytes of a body actually read are counted too, whatever it declared or if it is chunked
 * ({@link BodyCeiling} on proxied routes, {@link #requireWithin} on the gateway's own).
 */
@ApplicationScoped
public class BodyLimit {
    static final long JSON_BODY_LIMIT = 2L * 1024 * 1024;
    static final long REPORT_LIMIT = 20L * 1024 * 1024;
    static final String REPORT_IMPORT = "/api/inspections/import";

    void register(@Observes Router router) {
        router.route("/*").order(-2).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        String path = context.request().path();
        if (length != null && tooLong(length, limitFor(path))) {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(GatewayProblems.json(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail(length, path)));
            return;
        }
        context.next();
    }

    /** The most bytes a body may have on {@code path}. */
    public static long limitFor(String path) {
        return REPORT_IMPORT.equals(path) ? REPORT_LIMIT : JSON_BODY_LIMIT;
    }

    /** A 413 problem when a body the gateway itself has read is over its route's limit. */
    public static void requireWithin(byte[] body, String path) {
        if (body != null && body.length > limitFor(path)) {
            throw new org.csip.common.problem.ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    detail(String.valueOf(body.length), path));
        }
    }

    static String detail(String length, String path) {
        return "The request body is " + length + " bytes; at most " + limitFor(path) + " are accepted on " + path
                + " (only " + REPORT_IMPORT + " takes a report PDF of up to 20 MB)";
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
