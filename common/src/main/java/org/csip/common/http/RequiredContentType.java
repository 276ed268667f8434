package org.csip.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: one sent without {@code Content-Type} is a 415 problem, not guessed to be
 * JSON (which would let a browser form or a script's text through as if it were).
 */
public class RequiredContentType {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return null;
        }
        return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "The request has a body but no Content-Type:"
                + " send it as application/json (a report PDF as multipart/form-data)").toResponse();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        try {
            return length != null && Long.parseLong(length.strip()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
