package org.csip.workforce.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.csip.common.security.Roles;

/** {@code /api/teams}: each agency's teams and establishment. */
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final TeamService teams;

    public TeamResource(TeamService teams) {
        this.teams = teams;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public List<TeamView> list(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency) {
        return teams.visibleTeams(laCode, Agencies.param(agency));
    }

    @POST
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public Response create(@Valid @NotNull NewTeam request) {
        TeamView team = teams.create(request);
        return Response.created(URI.create("/api/teams/" + team.id()))
                .tag(new EntityTag(Integer.toString(team.version()))).entity(team).build();
    }
}
