package org.csip.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.csip.common.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP (docs/architecture.md §6): a resource's ETag is its {@code @Version}, and
 * a change must name the version it was based on, so two editors never overwrite each other silently.
 */
public final class IfMatch {
    private IfMatch() {
    }

    /** The ETag a resource at this version carries. */
    private static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** A 200 with the resource and the ETag of its version. */
    public static Response ok(Object entity, int version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** A 201 at {@code location} with the new resource and the ETag of its version. */
    public static Response created(URI location, Object entity, int version) {
        return Response.created(location).tag(tag(version)).entity(entity).build();
    }

    /** Refuses the change unless {@code If-Match} is present and names the current version (428, 400 or 412). */
    public static void require(String ifMatch, int currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Changing " + what + " needs an If-Match header with the"
                    + " ETag you last read (current: \"" + currentVersion + "\")");
        }
        check(ifMatch, currentVersion, what);
    }

    /** Checks {@code If-Match} only when the caller sent one (for commands that are safe to repeat blind). */
    public static void checkIfPresent(String ifMatch, int currentVersion, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion, what);
        }
    }

    private static void check(String ifMatch, int currentVersion, String what) {
        String value = ifMatch.trim();
        if ("*".equals(value)) {
            return;
        }
        if (value.startsWith("W/")) {
            // RFC 9110 §13.1.1: If-Match compares strongly, and a weak tag never matches.
            throw ProblemException.preconditionFailed("A weak ETag (" + value + ") never matches for a change: send"
                    + " the ETag you last read of " + what + " as it was given (now \"" + currentVersion + "\")");
        }
        if (!value.matches("\"[0-9]{1,9}\"")) {
            throw ProblemException.invalidField("If-Match", "is not an ETag this service issued (such as \""
                    + currentVersion + "\")");
        }
        int version = Integer.parseInt(value.substring(1, value.length() - 1));
        if (version != currentVersion) {
            throw ProblemException.preconditionFailed(what + " has changed since version \"" + version
                    + "\" (now \"" + currentVersion + "\"): read it again and reapply your change");
        }
    }
}
