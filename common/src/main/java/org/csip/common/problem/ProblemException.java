package org.csip.common.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by domain code to refuse a request with a specific status and a sentence saying which rule. */
public class ProblemException extends RuntimeException {
    private final Response.Status status;
    private final List<Problem.FieldError> errors;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, List.of());
    }

    private ProblemException(Response.Status status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }

    /** A 400 for one field whose value breaks a rule that plain bean validation cannot express. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "Invalid value for: " + field + " (" + message + ")",
                List.of(new Problem.FieldError(field, message)));
    }

    /** A 403 saying which right or agency the caller lacks. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public Problem problem() {
        if (errors.isEmpty()) {
            return Problem.of(status, getMessage());
        }
        return Problem.invalid(getMessage(), errors);
    }
}
