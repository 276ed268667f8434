package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.csip.common.security.Roles;
import org.csip.common.problem.ProblemException;
import org.csip.common.register.LocalAuthorityRegister;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partner dashboard at {@code /}: each person signs in through Keycloak (authorization code flow with PKCE) and
 * lands on what their agency and roles let them see — their actions, the plan's progress, the council's inspection
 * story and workforce — refreshed live from their feed. Every figure is read from the services with their own token.
 */
@Path("/")
@RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    private final DashboardData data;
    private final ServiceCalls upstream;
    private final String laCode;
    private final SignedIn signedIn;
    private final LocalAuthorityRegister register;
    private final Template page;
    private final Template sections;

    public DashboardResource(DashboardData data, ServiceCalls upstream,
                             @ConfigProperty(name = "csip.gateway.la-code") String laCode,
                             SignedIn signedIn, LocalAuthorityRegister register,
                             @Location("dashboard/page.html") Template page,
                             @Location("dashboard/sections.html") Template sections) {
        this.data = data;
        this.upstream = upstream;
        this.laCode = laCode;
        this.signedIn = signedIn;
        this.register = register;
        this.page = page;
        this.sections = sections;
    }

    @GET
    public TemplateInstance landing(@QueryParam("reported") String reported, @QueryParam("council") String council) {
        Viewer viewer = viewer(council);
        // The council's plan, read once for both sections that show it (null: its service is not answering).
        Optional<JsonNode> plan = section(() -> data.plan(viewer));
        return page.data("viewer", viewer).data("reported", reported)
                .data("councilName", register.nameOf(viewer.viewing()))
                .data("councils", section(() -> data.acrossCouncils(viewer)))
                .data("actions", plan == null ? null : section(() -> data.myActions(viewer, plan)))
                .data("plan", plan == null ? null : section(() -> data.planProgress(viewer, plan)))
                .data("findings", section(() -> data.findings(viewer)))
                .data("timeline", section(() -> data.timeline(viewer)))
                .data("deadlines", section(() -> data.deadlines(viewer)))
                .data("workforce", section(() -> data.workforce(viewer)));
    }

    /** One section again, for the page to refresh when its live feed says something changed. */
    @GET
    @Path("dashboard/sections/{section: actions|plan|findings|timeline|deadlines|workforce}")
    public TemplateInstance section(@PathParam("section") String name, @QueryParam("council") String council) {
        Viewer viewer = viewer(council);
        Object model = switch (name) {
            case "actions" -> section(() -> data.myActions(viewer, data.plan(viewer)));
            case "plan" -> section(() -> data.planProgress(viewer, data.plan(viewer)));
            case "findings" -> section(() -> data.findings(viewer));
            case "timeline" -> section(() -> data.timeline(viewer));
            case "deadlines" -> section(() -> data.deadlines(viewer));
            default -> section(() -> data.workforce(viewer));
        };
        return sections.getFragment(name).data("viewer", viewer).data(name, model);
    }

    /** The adviser's progress report on the council's plan (the last six weeks), as the PDF the adviser reads. */
    @GET
    @Path("dashboard/report.pdf")
    @Produces("application/pdf")
    public Response report(@QueryParam("council") String council) {
        Viewer viewer = viewer(council);
        JsonNode plan = data.plan(viewer).orElseThrow(() -> ProblemException.notFound("The council has no plan yet"));
        ServiceCalls.Download pdf = upstream.download("action-plan", "/api/plans/" + plan.path("id").asText()
                + "/reports/progress?format=pdf", "application/pdf", viewer.bearer());
        if (pdf.status() != 200) {
            return Response.status(pdf.status()).type(MediaType.TEXT_PLAIN).entity("The report is not available").build();
        }
        return Response.ok(pdf.body(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"progress-report-" + viewer.viewing() + ".pdf\"")
                .build();
    }

    /** The actions this person follows, every status, as a spreadsheet opens them. */
    @GET
    @Path("dashboard/actions.csv")
    @Produces("text/csv")
    public Response actionsCsv(@QueryParam("council") String council) {
        Viewer viewer = viewer(council);
        JsonNode plan = data.plan(viewer).orElseThrow(() -> ProblemException.notFound("The council has no plan yet"));
        String csv = ActionsCsv.write(data.followed(viewer, plan.path("id").asText()));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"actions-" + viewer.viewing() + ".csv\"").build();
    }

    /**
     * The signed-in person viewing the council asked for, if theirs, else the deployment's own or their first; one who
     * covers no council is refused (403) rather than shown an empty page.
     */
    private Viewer viewer(String council) {
        Viewer viewer = signedIn.viewer().viewing(council, laCode);
        if (viewer.viewing() == null) {
            throw ProblemException.forbidden("Your account covers no council: ask your CSIP administrator to add your"
                    + " organisation's councils");
        }
        return viewer;
    }

    /** A section, or null when its service is not answering (the page says so there and shows the rest). */
    private static <T> T section(Supplier<T> section) {
        try {
            return section.get();
        } catch (DashboardData.SectionUnavailable e) {
            return null;
        } catch (ProblemException e) {
            if (e.status() == 503) {
                return null;
            }
            throw e;
        }
    }
}
