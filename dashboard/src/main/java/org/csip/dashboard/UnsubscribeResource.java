package org.csip.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * {@code /unsubscribe?token=…}: the link at the foot of every CSIP email, open to anyone holding it (no sign-in): one
 * button stops every email to that person. The link's token is the only credential; an unknown one says so.
 */
@Path("/unsubscribe")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {
    private final ServiceCalls upstream;
    private final Template page;

    public UnsubscribeResource(ServiceCalls upstream, @Location("dashboard/unsubscribe.html") Template page) {
        this.upstream = upstream;
        this.page = page;
    }

    @GET
    public TemplateInstance confirm(@QueryParam("token") String token) {
        return page.data("token", valid(token) ? token : "").data("outcome", valid(token) ? "ask" : "unknown");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@FormParam("token") String token) {
        if (!valid(token)) {
            return Response.status(404).entity(page.data("token", "").data("outcome", "unknown")).build();
        }
        ServiceCalls.Answer answer = upstream.post("action-plan", "/api/notifications/unsubscribe",
                "{\"token\": \"" + token + "\"}", null);
        String outcome = switch (answer.status()) {
            case 200 -> "done";
            case 404 -> "unknown";
            default -> "unavailable";
        };
        return Response.status(answer.status() == 200 ? 200 : answer.status() == 404 ? 404 : 503)
                .entity(page.data("token", token).data("outcome", outcome)).build();
    }

    private static boolean valid(String token) {
        if (token == null || token.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
