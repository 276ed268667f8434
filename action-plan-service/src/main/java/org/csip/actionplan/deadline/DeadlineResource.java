package org.csip.actionplan.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;

/**
 * {@code /api/deadlines}: the statutory deadlines and expected inspection dates of the caller's councils, worked out
 * today from the rules ({@code /api/deadlines/rules}), soonest first, with the days left and how each was worked out.
 */
@Path("/api/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class DeadlineResource {
    private final Caller caller;
    private final DeadlineService deadlines;
    private final Clock clock;

    public DeadlineResource(Caller caller, DeadlineService deadlines, Clock clock) {
        this.caller = caller;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** {@code laCode} narrows to one council; {@code open=true} keeps those still to be met or awaited. */
    @GET
    public List<Deadline> list(@QueryParam("laCode") String laCode, @QueryParam("open") String open) {
        boolean onlyOpen = switch (open == null ? "" : open.strip()) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw ProblemException.invalidField("open", "must be true or false");
        };
        return deadlines.of(caller.councilsAskedFor(laCode), LocalDate.now(clock.withZone(UK)))
                .stream().filter(d -> !onlyOpen || d.status().open()).toList();
    }

    /** The rules themselves, each with its source. */
    @GET
    @Path("/rules")
    public List<DeadlineRule> rules() {
        return DeadlineRules.all();
    }

    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
}
