package org.csip.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends a person after they sign out: open to anyone, with the way back in. */
@Path("/signed-out")
@PermitAll
public class SignedOutResource {
    private final Template page;

    public SignedOutResource(@Location("dashboard/signed-out.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return page.instance();
    }
}
