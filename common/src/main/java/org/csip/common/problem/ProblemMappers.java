package org.csip.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.csip.common.input.RefusedValue;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a resource can raise into problem+json, naming the offending field where there is one. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("Invalid value for: " + fields, errors).toResponse();
    }

    /** Same exception type as Quarkus's built-in mapper, so this one (higher priority) answers with a problem. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /**
     * Same exception type as Quarkus's built-in mapper (which answers an empty 500): a body such as a duplicated key
     * that Jackson cannot bind to the record is the caller's mistake.
     */
    @ServerExceptionMapper(priority = 1)
    public Response invalidDefinition(InvalidDefinitionException e) {
        LOG.debugf("Body could not be bound: %s", e.getOriginalMessage());
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof RefusedValue refused && !field.isEmpty()) {
            return Problem.invalid("Invalid value for: " + field,
                    List.of(new Problem.FieldError(field, refused.reason()))).toResponse();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            return Problem.invalid("Unknown field: " + field,
                    List.of(new Problem.FieldError(field, "is not a known field"))).toResponse();
        }
        if (field.isEmpty()) {
            return Problem.invalid("The request body is not valid JSON for this request", List.of()).toResponse();
        }
        return Problem.invalid("Invalid value for: " + field,
                List.of(new Problem.FieldError(field, "has the wrong type or format"))).toResponse();
    }

    /** Not JSON at all, or JSON that breaks a limit (a duplicated key, a number out of range, 64 levels deep). */
    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e) {
        String field = e.getProcessor() instanceof JsonParser parser ? fieldOf(parser.getParsingContext()) : "";
        String reason = e.getOriginalMessage();
        if (field.isEmpty()) {
            return Problem.invalid("The request body is not well-formed JSON: " + reason, List.of()).toResponse();
        }
        return Problem.invalid("Invalid value for: " + field + " (" + reason + ")",
                List.of(new Problem.FieldError(field, reason))).toResponse();
    }

    /** "judgements[1].area" for the value a parser stopped at; empty at the top level. */
    static String fieldOf(JsonStreamContext context) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String field = String.join("", segments);
        return field.startsWith(".") ? field.substring(1) : field;
    }

    /**
     * A multipart body the parser could not read to its end (cut short, no closing boundary) is the caller's; any
     * other I/O failure is the server's, logged.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e) {
        boolean multipart = e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().contains(".multipart.");
        if (multipart) {
            return Problem.invalid("The multipart body could not be read: " + e.getMessage(), List.of()).toResponse();
        }
        LOG.error("Request failed", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The request failed; it has been logged").toResponse();
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // The JSON reader wraps a body it cannot parse (a number out of range, a duplicated key) in a bare 400.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformedJson(parsing);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        return Problem.of(status, e.getMessage()).toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Resource method paths look like "create.body.laCode": keep what the caller sent, not the Java method.
        // A node inside a list carries the index of its element: "judgements[1].area".
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            boolean named = node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT;
            if (!named) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (field.isEmpty()) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return field.toString();
    }
}
