package org.csip.actionplan.plan;

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
import org.csip.actionplan.action.ActionService;
import org.csip.actionplan.action.ActionView;
import org.csip.actionplan.action.LastReport;
import org.csip.actionplan.action.NewAction;
import org.csip.actionplan.coverage.Coverage;
import org.csip.common.http.IfMatch;
import org.csip.common.security.Roles;

/** {@code /api/plans}: the council's improvement plans, their themes and actions, and how well they cover the findings. */
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final PlanService plans;
    private final ActionService actions;

    public PlanResource(PlanService plans, ActionService actions) {
        this.plans = plans;
        this.actions = actions;
    }

    @POST
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response create(@Valid @NotNull NewPlan request) {
        PlanView plan = plans.create(request);
        return IfMatch.created(URI.create("/api/plans/" + plan.id()), plan, plan.version());
    }

    @GET
    @RolesAllowed(Roles.READER)
    public List<PlanView> list(@QueryParam("laCode") @Pattern(regexp = "\\d{3}",
            message = "must be a three-digit DfE local authority code") String laCode) {
        return plans.list(laCode);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("id") UUID id) {
        PlanView plan = plans.get(id);
        return IfMatch.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/themes")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response addTheme(@PathParam("id") UUID id, @Valid @NotNull NewTheme request) {
        ThemeView theme = plans.addTheme(id, request);
        return Response.created(URI.create("/api/plans/" + id + "/themes/" + theme.id())).entity(theme).build();
    }

    @GET
    @Path("/{id}/themes")
    @RolesAllowed(Roles.READER)
    public List<ThemeView> themes(@PathParam("id") UUID id) {
        return plans.get(id).themes();
    }

    @POST
    @Path("/{id}/actions")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response addAction(@PathParam("id") UUID id, @Valid @NotNull NewAction request) {
        ActionView action = actions.create(id, request);
        return IfMatch.created(URI.create("/api/actions/" + action.id()), action, action.version());
    }

    /** The plan's actions, soonest due first (the filters of {@code /api/actions} apply there). */
    @GET
    @Path("/{id}/actions")
    @RolesAllowed(Roles.READER)
    public List<ActionView> actions(@PathParam("id") UUID id) {
        return actions.ofPlan(id);
    }

    /** When progress was last reported on each of the plan's actions: one call for a whole table. */
    @GET
    @Path("/{id}/last-reports")
    @RolesAllowed(Roles.READER)
    public List<LastReport> lastReports(@PathParam("id") UUID id) {
        return actions.lastReports(id);
    }

    @GET
    @Path("/{id}/coverage")
    @RolesAllowed(Roles.READER)
    public Coverage coverage(@PathParam("id") UUID id) {
        return plans.coverage(id);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response accept(@PathParam("id") UUID id, @Valid AcceptPlan request) {
        PlanView plan = plans.accept(id, request);
        return IfMatch.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response close(@PathParam("id") UUID id, @Valid @NotNull ClosePlan request) {
        PlanView plan = plans.close(id, request);
        return IfMatch.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response submit(@PathParam("id") UUID id, @Valid SubmitPlan request) {
        PlanView plan = plans.submit(id, request);
        return IfMatch.ok(plan, plan.version());
    }
}
