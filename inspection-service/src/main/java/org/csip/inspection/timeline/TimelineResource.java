package org.csip.inspection.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csip.common.security.Roles;

/** {@code /api/local-authorities/{laCode}/timeline}: a council's inspections, judgements and interventions in date order. */
@Path("/api/local-authorities/{laCode}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final TimelineService timelines;

    public TimelineResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Timeline timeline(@PathParam("laCode") String laCode) {
        return timelines.of(laCode);
    }
}
