package org.csip.workforce.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.csip.common.http.QueryParams;
import org.csip.common.security.Roles;
import org.csip.workforce.team.Agencies;

/** {@code /api/caseloads}: each team's caseload snapshots against its service area's threshold. */
@Path("/api/caseloads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseloadResource {
    private final CaseloadService caseloads;

    public CaseloadResource(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    @POST
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public Response record(@Valid @NotNull NewCaseload request) {
        CaseloadView snapshot = caseloads.record(request);
        return Response.created(URI.create("/api/caseloads?teamId=" + snapshot.teamId())).entity(snapshot).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public List<CaseloadView> list(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency, @QueryParam("teamId") String teamId,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        return caseloads.list(laCode, Agencies.param(agency), QueryParams.uuid(teamId, "teamId"), from, to);
    }
}
