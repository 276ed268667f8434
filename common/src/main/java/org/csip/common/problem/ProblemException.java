package org.csip.common.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Thrown by domain code to refuse a request with a specific status and a sentence saying which rule. */
public class ProblemException extends RuntimeException {
    /** RFC 6585's 428, which JAX-RS's {@link Response.Status} does not list. */
    static final Response.StatusType PRECONDITION_REQUIRED = clientError(428, "Precondition Required");
    /** RFC 9110's 422, which JAX-RS's {@link Response.Status} does not list either. */
    static final Response.StatusType UNPROCESSABLE = clientError(422, "Unprocessable Content");

    private final Response.StatusType status;
    private final List<Problem.FieldError> errors;
    private final URI type;
    private final String title;

    public ProblemException(Response.StatusType status, String detail) {
        this(status, detail, List.of());
    }

    private ProblemException(Response.StatusType status, String detail, List<Problem.FieldError> errors) {
        this(status, detail, errors, null, null);
    }

    private ProblemException(Response.StatusType status, String detail, List<Problem.FieldError> errors, URI type,
                             String title) {
        super(detail);
        this.status = status;
        this.errors = errors;
        this.type = type;
        this.title = title;
    }

    /**
     * A 422: the request is well formed but its content cannot be used — e.g. an upload that is not the document
     * asked for. {@code problemType} names the reason (a stable URI a client can branch on), {@code field} the part.
     */
    public static ProblemException unprocessable(URI problemType, String title, String field, String detail) {
        return new ProblemException(UNPROCESSABLE, detail, List.of(new Problem.FieldError(field, detail)),
                problemType, title);
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

    /** {@code value}, or a 404 with {@code detail} when there is none. */
    public static <T> T found(T value, String detail) {
        if (value == null) {
            throw notFound(detail);
        }
        return value;
    }

    /** A 409: the request is well formed but the resource's state or a domain rule forbids it now. */
    public static ProblemException conflict(String rule) {
        return new ProblemException(Response.Status.CONFLICT, rule);
    }

    /** A 412: the caller's {@code If-Match} names a version that is no longer current. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Response.Status.PRECONDITION_FAILED, detail);
    }

    /** A 428: a change arrived without {@code If-Match}, so it could overwrite a change it never saw. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(PRECONDITION_REQUIRED, detail);
    }

    public int status() {
        return status.getStatusCode();
    }

    public Problem problem() {
        if (type != null) {
            return new Problem(type, title, status.getStatusCode(), getMessage(), errors);
        }
        if (errors.isEmpty()) {
            return Problem.of(status, getMessage());
        }
        return Problem.invalid(getMessage(), errors);
    }

    private static Response.StatusType clientError(int code, String reason) {
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.CLIENT_ERROR;
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }
}
