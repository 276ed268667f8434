package org.csip.common.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by domain code to refuse a request with a specific status and a sentence saying which rule. */
public class ProblemException extends RuntimeException {
    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }
}
