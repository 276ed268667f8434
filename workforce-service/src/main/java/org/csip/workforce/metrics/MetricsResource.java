package org.csip.workforce.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.common.http.QueryParams;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;
import org.csip.workforce.team.Agencies;
import org.csip.workforce.team.Team;

/**
 * {@code /api/metrics}: an agency's (or a team's) DfE workforce measures as at a date, and month by month.
 * Aggregates, so every signed-in user may read any agency's; the detail behind them stays with the agency.
 */
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
public class MetricsResource {
    static final int MAX_MONTHS = 60;

    private final MetricsService metrics;
    private final MetricsSnapshotJob snapshots;
    private final Caller caller;
    private final Clock clock;

    public MetricsResource(MetricsService metrics, MetricsSnapshotJob snapshots, Caller caller, Clock clock) {
        this.metrics = metrics;
        this.snapshots = snapshots;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public WorkforceMetrics asOf(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency,
                                 @QueryParam("team") String team, @QueryParam("asOf") String asOf) {
        Scope scope = scope(laCode, agency, team);
        LocalDate date = QueryParams.date(asOf, "asOf");
        return metrics.asOf(scope.councils(), scope.agency(), scope.teamId(), date == null ? LocalDate.now(clock) : date);
    }

    /** Month-end figures, oldest first: {@code months} (1–60, default 12) up to {@code to} (default today). */
    @GET
    @Path("/history")
    public List<WorkforceMetrics> history(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency,
                                          @QueryParam("team") String team, @QueryParam("to") String to,
                                          @QueryParam("months") String months) {
        Scope scope = scope(laCode, agency, team);
        LocalDate end = QueryParams.date(to, "to");
        int count = QueryParams.whole(months, "months", 12, 1, MAX_MONTHS);
        return metrics.monthly(scope.councils(), scope.agency(), scope.teamId(), end == null ? LocalDate.now(clock) : end, count);
    }

    /**
     * Publishes the caller's agency's snapshot as at a past month end ({@code csip.metrics.snapshot.v1}), as the
     * monthly job does — for a month the job missed, or history being loaded; once per agency and month.
     */
    @POST
    @Path("/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public SnapshotPublished publish(@Valid @NotNull SnapshotRequest request) {
        Agency agency = caller.agency().orElseThrow(() -> ProblemException.forbidden(
                "Only a partner agency's workforce editor publishes its snapshot"));
        LocalDate asOf = request.asOf();
        if (asOf.getDayOfMonth() != asOf.lengthOfMonth()) {
            throw ProblemException.invalidField("asOf", "must be the last day of a month");
        }
        if (!asOf.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("asOf", "must be a month that has ended");
        }
        String laCode = council(request.laCode());
        return new SnapshotPublished(laCode, agency, asOf, snapshots.publishOnce(laCode, agency, asOf));
    }

    /** The month end to publish, and the council (needed only by a force or board covering several). */
    public record SnapshotRequest(@NotNull LocalDate asOf, String laCode) {
    }

    /** Whether this call published it ({@code false}: it had been published before). */
    public record SnapshotPublished(String laCode, Agency agency, LocalDate asOf, boolean published) {
    }

    /**
     * Whose figures: a team (its council and agency), or a named agency or the caller's own in the council named
     * ({@code laCode}, which may only narrow) or in all the caller covers; an overseer must say which agency.
     */
    private Scope scope(String laCodeParam, String agencyParam, String teamParam) {
        Agency named = Agencies.param(agencyParam);
        String laCode = QueryParams.council(laCodeParam, "laCode");
        UUID teamId = QueryParams.uuid(teamParam, "team");
        if (teamId != null) {
            Team team = Team.findById(teamId);
            if (team == null) {
                throw ProblemException.invalidField("team", "is not a team CSIP knows");
            }
            caller.requireCovers(team.laCode, "team");
            if (named != null && named != team.agency) {
                throw ProblemException.invalidField("team", "is a " + team.agency.alias() + " team, not " + named.alias());
            }
            if (laCode != null && !laCode.equals(team.laCode)) {
                throw ProblemException.invalidField("team", "is a team in council " + team.laCode + ", not " + laCode);
            }
            return new Scope(java.util.Set.of(team.laCode), team.agency, teamId);
        }
        Agency agency = named != null ? named : caller.agency().orElseThrow(() ->
                ProblemException.invalidField("agency", "name the agency (council, police or health): this token"
                        + " speaks for none"));
        return new Scope(caller.councilsAskedFor(laCode), agency, null);
    }

    /** The council named (which the caller must cover), or the caller's only one; several → 400 asking which. */
    private String council(String named) {
        String laCode = QueryParams.council(named, "laCode");
        if (laCode != null) {
            caller.requireCovers(laCode, "laCode");
            return laCode;
        }
        java.util.Set<String> councils = caller.councils();
        if (councils.size() == 1) {
            return councils.iterator().next();
        }
        if (councils.isEmpty()) {
            throw ProblemException.forbidden("This token covers no council");
        }
        throw ProblemException.invalidField("laCode", "name the council: this token covers " + caller.coverage());
    }

    private record Scope(java.util.Set<String> councils, Agency agency, UUID teamId) {
    }
}
