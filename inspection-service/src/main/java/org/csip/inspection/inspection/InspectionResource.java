package org.csip.inspection.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Roles;

/** {@code /api/inspections}: the council records Ofsted visits; every partner may read them. */
@Path("/api/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {
    private final InspectionService inspections;

    public InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response notified(@Valid @NotNull NewInspection request) {
        InspectionView created = inspections.recordNotification(request);
        return Response.created(URI.create("/api/inspections/" + created.id()))
                .tag(new EntityTag(Integer.toString(created.version())))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("id") UUID id) {
        InspectionView inspection = inspections.get(id);
        return Response.ok(inspection).tag(new EntityTag(Integer.toString(inspection.version()))).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<InspectionView> list(@QueryParam("laCode") String laCode,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return inspections.list(laCode, page, size);
    }
}
