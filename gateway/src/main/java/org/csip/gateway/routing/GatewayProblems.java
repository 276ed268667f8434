package org.csip.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.csip.common.problem.Problem;
import org.csip.common.problem.ProblemException;

/** The gateway's own problems: a service not answering, and problem JSON written where no JAX-RS mapper runs. */
public final class GatewayProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayProblems() {
    }

    public static String unavailableDetail(String service) {
        return "The " + service + " service is not answering; try again shortly";
    }

    /** For JAX-RS resources: the problem mapper turns it into 503 problem+json. */
    public static ProblemException unavailable(String service) {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, unavailableDetail(service));
    }

    /** A problem document as JSON text, for responses written on the Vert.x layer (proxy, rate limit). */
    public static String json(Response.StatusType status, String detail) {
        try {
            return JSON.writeValueAsString(Problem.of(status, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
