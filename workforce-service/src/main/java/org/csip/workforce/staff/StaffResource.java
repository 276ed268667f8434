package org.csip.workforce.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.csip.common.http.IfMatch;
import org.csip.common.http.QueryParams;
import org.csip.common.security.Roles;
import org.csip.workforce.team.Agencies;

/** {@code /api/staff}: each agency's staff by internal reference — joiners and leavers. */
@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @POST
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public Response join(@Valid @NotNull NewStaffMember request) {
        StaffView member = staff.join(request);
        return IfMatch.created(URI.create("/api/staff/" + member.id()), member, member.version());
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public List<StaffView> list(@QueryParam("laCode") String laCode, @QueryParam("agency") String agency, @QueryParam("teamId") String teamId,
                                @QueryParam("current") String current) {
        return staff.list(laCode, Agencies.param(agency), QueryParams.uuid(teamId, "teamId"),
                QueryParams.flag(current, "current"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public Response get(@PathParam("id") UUID id) {
        StaffView member = staff.get(id);
        return IfMatch.ok(member, member.version());
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed(Roles.WORKFORCE_EDITOR)
    public Response leave(@PathParam("id") UUID id, @Valid @NotNull Leaving request) {
        StaffView member = staff.leave(id, request);
        return IfMatch.ok(member, member.version());
    }
}
