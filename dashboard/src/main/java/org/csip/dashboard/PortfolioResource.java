package org.csip.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Roles;

/**
 * {@code /dashboard/portfolio}: the councils an overseer oversees side by side, sortable by any column, each linking
 * into that council's full dashboard, and the same as CSV ({@code /dashboard/portfolio/export.csv}). Overseers only:
 * a partner's councils are on its dashboard. (Its own class path, not {@code /dashboard}: a class path claims every
 * path under it, and the dashboard's other pages live in {@link DashboardResource}.)
 */
@Path("/dashboard/portfolio")
@RolesAllowed(Roles.READER)
public class PortfolioResource {
    private final Portfolio portfolio;
    private final SignedIn signedIn;
    private final Template page;

    public PortfolioResource(Portfolio portfolio, SignedIn signedIn,
                             @Location("dashboard/portfolio.html") Template page) {
        this.portfolio = portfolio;
        this.signedIn = signedIn;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("sort") String sort) {
        Viewer viewer = overseer();
        String order = Portfolio.sortKey(sort);
        return page.data("viewer", viewer).data("rows", portfolio.rows(viewer, order)).data("sort", order);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("sort") String sort) {
        List<Portfolio.Row> rows = portfolio.rows(overseer(), sort);
        return Response.ok(PortfolioCsv.write(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"portfolio.csv\"").build();
    }

    private Viewer overseer() {
        Viewer viewer = signedIn.viewer();
        if (!viewer.overseer()) {
            throw ProblemException.forbidden("The portfolio is for those who oversee councils (a DfE adviser, a"
                    + " regional lead, a board chair); your councils are on your dashboard");
        }
        if (viewer.councils().isEmpty()) {
            throw ProblemException.forbidden("Your account oversees no council yet");
        }
        return viewer;
    }
}
