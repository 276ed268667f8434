package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.csip.common.security.Roles;

/**
 * {@code /dashboard/email}: each person chooses how often CSIP emails them — weekly, every working day, or never.
 * Their address, agency and councils come from their own token at the action-plan-service, never from the form.
 */
@Path("/dashboard/email")
@RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
@Produces(MediaType.TEXT_HTML)
public class EmailResource {
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "DAILY", "OFF");

    private final ServiceCalls upstream;
    private final ObjectMapper json;
    private final SignedIn signedIn;
    private final Template page;

    public EmailResource(ServiceCalls upstream, ObjectMapper json, SignedIn signedIn,
                         @Location("dashboard/email.html") Template page) {
        this.upstream = upstream;
        this.json = json;
        this.signedIn = signedIn;
        this.page = page;
    }

    @GET
    public TemplateInstance form(@QueryParam("saved") String saved) {
        Viewer viewer = signedIn.viewer();
        JsonNode mine = upstream.get("action-plan", "/api/notifications/me", viewer.bearer()).json(json);
        return page.data("viewer", viewer).data("email", mine.path("email").asText(null))
                .data("frequency", mine.path("frequency").asText("OFF")).data("error", null)
                .data("saved", saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("frequency") String frequency) {
        Viewer viewer = signedIn.viewer();
        if (frequency == null || !FREQUENCIES.contains(frequency)) {
            return Response.status(400).entity(page.data("viewer", viewer).data("email", null).data("frequency", "")
                    .data("error", "Select how often we should email you").data("saved", false)).build();
        }
        ServiceCalls.Answer answer = upstream.post("action-plan", "/api/notifications/me",
                json.createObjectNode().put("frequency", frequency).toString(), viewer.bearer());
        if (answer.status() != 200) {
            String detail = answer.status() == 409 ? answer.json(json).path("detail").asText()
                    : "Your choice could not be saved; please try again";
            return Response.status(answer.status() == 409 ? 409 : 503).entity(page.data("viewer", viewer)
                    .data("email", null).data("frequency", frequency).data("error", detail).data("saved", false))
                    .build();
        }
        return Response.seeOther(URI.create("/dashboard/email?saved=1")).build();
    }
}
