package org.csip.actionplan.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.audit.ActionHistory;
import org.csip.actionplan.audit.ActionRevision;
import org.csip.common.http.IfMatch;
import org.csip.common.http.QueryParams;
import org.csip.common.security.Agency;
import org.csip.common.security.Roles;

/** {@code /api/actions}: every partner reads actions; lead agencies report progress on their own. */
@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {
    private final ActionService actions;
    private final ActionHistory history;

    public ActionResource(ActionService actions, ActionHistory history) {
        this.actions = actions;
        this.history = history;
    }

    /** Filters: {@code planId}, {@code themeId}, {@code leadAgency}, {@code status}, {@code rag}, {@code overdue}, {@code dueBefore}/{@code dueAfter}. */
    @GET
    @RolesAllowed(Roles.READER)
    public Response list(@QueryParam("laCode") String laCode, @QueryParam("planId") String planId, @QueryParam("themeId") String themeId,
                         @QueryParam("leadAgency") String leadAgency, @QueryParam("status") String status,
                         @QueryParam("rag") String rag, @QueryParam("overdue") String overdue,
                         @QueryParam("dueBefore") String dueBefore, @QueryParam("dueAfter") String dueAfter,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        LocalDate before = QueryParams.date(dueBefore, "dueBefore");
        LocalDate after = QueryParams.date(dueAfter, "dueAfter");
        ActionFilter filter = new ActionFilter(QueryParams.council(laCode, "laCode"), QueryParams.uuid(planId, "planId"), QueryParams.uuid(themeId, "themeId"),
                QueryParams.enumValue(Agency.class,
                leadAgency == null ? null : leadAgency.toUpperCase(java.util.Locale.ROOT), "leadAgency"),
                QueryParams.enumValue(ActionStatus.class, status, "status"), QueryParams.enumValue(Rag.class, rag, "rag"),
                QueryParams.flag(overdue, "overdue"), before, after);
        ActionPage result = actions.list(filter, QueryParams.whole(page, "page", 0, 0, QueryParams.LAST_PAGE),
                QueryParams.whole(size, "size", 50, 1, 500));
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("id") UUID id) {
        return withTag(actions.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull NewAction request) {
        return withTag(actions.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed({Roles.PLAN_EDITOR, Roles.ACTION_OWNER})
    public Response report(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull NewProgressUpdate request) {
        ProgressUpdateView update = actions.report(id, ifMatch, request);
        return Response.created(URI.create("/api/actions/" + id + "/updates/" + update.id())).entity(update).build();
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed(Roles.READER)
    public List<ProgressUpdateView> updates(@PathParam("id") UUID id) {
        return actions.updates(id);
    }

    /** Every change to the action, with who and when (Hibernate Envers). */
    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.READER)
    public List<ActionRevision> history(@PathParam("id") UUID id) {
        actions.get(id); // 404 for an unknown action, 403 for another council's
        return history.of(id);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.PLAN_EDITOR, Roles.ACTION_OWNER})
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull CompleteAction request) {
        return withTag(actions.complete(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.PLAN_EDITOR)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CancelAction request) {
        return withTag(actions.cancel(id, ifMatch, request));
    }

    private static Response withTag(ActionView action) {
        return IfMatch.ok(action, action.version());
    }
}
