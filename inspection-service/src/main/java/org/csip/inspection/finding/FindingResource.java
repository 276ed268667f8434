package org.csip.inspection.finding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Roles;

/** {@code /api/inspections/{id}/findings}: what a report found, in its order, with ids the plans reference. */
@Path("/api/inspections/{inspectionId}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {
    private final FindingService findings;

    public FindingResource(FindingService findings) {
        this.findings = findings;
    }

    @POST
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response record(@PathParam("inspectionId") UUID inspectionId, @Valid @NotNull NewFinding request) {
        FindingView finding = findings.record(inspectionId, request);
        return Response.created(URI.create("/api/inspections/" + inspectionId + "/findings/" + finding.id()))
                .entity(finding).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<FindingView> list(@PathParam("inspectionId") UUID inspectionId) {
        return findings.list(inspectionId);
    }

    @GET
    @Path("/{findingId}")
    @RolesAllowed(Roles.READER)
    public FindingView get(@PathParam("inspectionId") UUID inspectionId, @PathParam("findingId") UUID findingId) {
        return findings.get(inspectionId, findingId);
    }
}
