package org.csip.inspection.inspection;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.logging.Logger;
import org.csip.common.security.Roles;

/**
 * {@code /api/frameworks}: the inspection frameworks CSIP grades by, as data. Reading them at start also means a
 * broken {@code frameworks.json} stops the service with a message naming the fault, before any request.
 */
@Path("/api/frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {
    private static final Logger LOG = Logger.getLogger(FrameworkResource.class);

    void checkAtStart(@Observes StartupEvent start) {
        LOG.infof("Inspection frameworks: %s", Frameworks.all().stream().map(f -> f.code() + " (" + f.period() + ")")
                .toList());
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<FrameworkView> all() {
        return Frameworks.all().stream().map(FrameworkView::of).toList();
    }
}
