package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csip.common.security.Roles;
import org.csip.common.security.Agency;

/**
 * Reporting progress on an action from the dashboard: a GOV.UK-style form page (RAG, what happened, an evidence link)
 * for those who may (the lead agency's action owners, the council's plan editors); anyone else is refused the form,
 * and the service would refuse the report too. Errors come back on the form, each named.
 */
@Path("/dashboard/actions/{id}/progress")
@RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
@Produces(MediaType.TEXT_HTML)
public class ProgressResource {
    private static final Set<String> RAGS = Set.of("GREEN", "AMBER", "RED");

    private final DashboardData data;
    private final ServiceCalls upstream;
    private final ObjectMapper json;
    private final SignedIn signedIn;
    private final Template form;
    private final Template refused;

    public ProgressResource(DashboardData data, ServiceCalls upstream, ObjectMapper json, SignedIn signedIn,
                            @Location("dashboard/progress.html") Template form,
                            @Location("dashboard/refused.html") Template refused) {
        this.data = data;
        this.upstream = upstream;
        this.json = json;
        this.signedIn = signedIn;
        this.form = form;
        this.refused = refused;
    }

    @GET
    public Response form(@PathParam("id") String id) {
        Viewer viewer = signedIn.viewer();
        JsonNode action = reportable(viewer, id);
        if (action == null) {
            return forbidden(viewer);
        }
        return Response.ok(page(viewer, action, new ProgressEntry(null, null, null, null), Map.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") String id, @FormParam("rag") String rag,
                           @FormParam("narrative") String narrative, @FormParam("evidenceTitle") String evidenceTitle,
                           @FormParam("evidenceLink") String evidenceLink) {
        Viewer viewer = signedIn.viewer();
        JsonNode action = reportable(viewer, id);
        if (action == null) {
            return forbidden(viewer);
        }
        ProgressEntry entry = new ProgressEntry(rag, narrative, evidenceTitle, evidenceLink);
        Map<String, String> errors = new LinkedHashMap<>();
        if (rag == null || !RAGS.contains(rag)) {
            errors.put("rag", "Select how the action is going: green, amber or red");
        }
        if (narrative == null || narrative.isBlank()) {
            errors.put("narrative", "Enter what has happened since the last update");
        } else if (narrative.length() > 4000) {
            errors.put("narrative", "What has happened must be 4,000 characters or fewer");
        }
        boolean evidence = notBlank(evidenceTitle) || notBlank(evidenceLink);
        if (evidence && !notBlank(evidenceTitle)) {
            errors.put("evidenceTitle", "Enter a title for the evidence, or leave both evidence fields empty");
        }
        if (evidence && !notBlank(evidenceLink)) {
            errors.put("evidenceLink", "Enter a link or document reference for the evidence");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(viewer, action, entry, errors)).build();
        }
        ObjectNode update = json.createObjectNode().put("rag", rag).put("narrative", narrative.strip());
        if (evidence) {
            update.putArray("evidence").addObject().put("title", evidenceTitle.strip()).put("link", evidenceLink.strip());
        }
        ServiceCalls.Answer answer = upstream.post("action-plan", "/api/actions/" + id + "/updates", update.toString(),
                viewer.bearer());
        if (answer.status() == 403) {
            return forbidden(viewer);
        }
        if (answer.status() != 201) {
            JsonNode problem = answer.json(json);
            errors.put(problem.path("errors").path(0).path("field").asText("narrative"),
                    problem.path("detail").asText("The progress could not be saved; please try again"));
            return Response.status(answer.status() >= 500 ? 503 : 400).entity(page(viewer, action, entry, errors))
                    .build();
        }
        return Response.seeOther(URI.create("/?reported=" + id + "#my-actions")).build();
    }

    /** The action, when this viewer may report on it; null when they may not. */
    private JsonNode reportable(Viewer viewer, String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        JsonNode action = data.action(viewer, id);
        boolean may = Agency.fromAlias(action.path("leadAgency").asText()).map(viewer::mayReportOn).orElse(false);
        return may ? action : null;
    }

    private TemplateInstance page(Viewer viewer, JsonNode action, ProgressEntry entry, Map<String, String> errors) {
        return form.data("viewer", viewer).data("id", action.path("id").asText())
                .data("title", action.path("title").asText()).data("leadAgency", DashboardData.words(action.path("leadAgency").asText()))
                .data("dueDate", action.path("dueDate").asText()).data("rag", action.path("rag").asText(""))
                .data("entry", entry).data("errors", errors);
    }

    private Response forbidden(Viewer viewer) {
        return Response.status(403).entity(refused.data("viewer", viewer)).type(MediaType.TEXT_HTML).build();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
