package org.csip.inspection.intervention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** {@code /api/interventions}: DfE interventions, the adviser's reviews and when the next is due. */
@Path("/api/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterventionResource {
    private final InterventionService interventions;

    public InterventionResource(InterventionService interventions) {
        this.interventions = interventions;
    }

    @POST
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response start(@Valid @NotNull NewIntervention request) {
        InterventionView started = interventions.start(request);
        return IfMatch.created(URI.create("/api/interventions/" + started.id()), started, started.version());
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<InterventionView> list(@QueryParam("laCode") @Pattern(regexp = "\\d{3}",
                                               message = "must be a three-digit DfE local authority code") String laCode,
                                       @QueryParam("open") String openOnly) {
        return interventions.list(laCode, QueryParams.flag(openOnly, "open"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("id") UUID id) {
        InterventionView intervention = interventions.get(id);
        return IfMatch.ok(intervention, intervention.version());
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response review(@PathParam("id") UUID id, @Valid @NotNull NewReview request) {
        ReviewView review = interventions.review(id, request);
        return Response.created(URI.create("/api/interventions/" + id + "/reviews/" + review.id()))
                .entity(review).build();
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.READER)
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        return interventions.reviews(id);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public InterventionView end(@PathParam("id") UUID id, @Valid @NotNull EndIntervention request) {
        return interventions.end(id, request);
    }
}
