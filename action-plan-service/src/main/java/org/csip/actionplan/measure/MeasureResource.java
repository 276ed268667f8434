package org.csip.actionplan.measure;

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

/** {@code /api/plans/{id}/measures}: a plan's numeric indicators against their targets. */
@Path("/api/plans/{planId}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {
    private final MeasureService measures;

    public MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @POST
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response create(@PathParam("planId") UUID planId, @Valid @NotNull NewMeasure request) {
        MeasureView measure = measures.create(planId, request);
        return Response.created(URI.create("/api/plans/" + planId + "/measures/" + measure.id())).entity(measure).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<MeasureView> list(@PathParam("planId") UUID planId) {
        return measures.list(planId);
    }

    @GET
    @Path("/{measureId}")
    @RolesAllowed(Roles.READER)
    public MeasureView get(@PathParam("planId") UUID planId, @PathParam("measureId") UUID measureId) {
        return measures.get(planId, measureId);
    }

    @POST
    @Path("/{measureId}/actuals")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public MeasureView record(@PathParam("planId") UUID planId, @PathParam("measureId") UUID measureId,
                              @Valid @NotNull NewActual request) {
        return measures.record(planId, measureId, request);
    }
}
