package org.csip.gateway.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;

/**
 * {@code /partners/{agency}/actions}: an agency's own door to the actions it leads and to reporting progress on
 * them. Another agency's token → 403; another agency's action through this door → 404 (its existence is not told).
 */
@Path("/partners/{agency}/actions")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerActionsResource {
    static final String SERVICE = "action-plan";

    private final Upstream upstream;
    private final Caller caller;

    public PartnerActionsResource(Upstream upstream, Caller caller) {
        this.upstream = upstream;
        this.caller = caller;
    }

    /** The actions the agency leads, with the filters of {@code /api/actions} (plan, status, RAG, overdue…). */
    @GET
    @RolesAllowed(Roles.READER)
    public Response list(@PathParam("agency") String agencyAlias, @Context UriInfo uri,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Agency agency = ownDoor(agencyAlias);
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!parameter.getKey().equals("leadAgency")) {
                parameter.getValue().forEach(value -> query.add(encode(parameter.getKey()) + "=" + encode(value)));
            }
        }
        query.add("leadAgency=" + agency.name());
        return relay(upstream.get(SERVICE, "/api/actions?" + query, authorization));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("agency") String agencyAlias, @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return relay(ledBy(ownDoor(agencyAlias), id, authorization));
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed(Roles.READER)
    public Response updates(@PathParam("agency") String agencyAlias, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ledBy(ownDoor(agencyAlias), id, authorization);
        return relay(upstream.get(SERVICE, "/api/actions/" + encode(id) + "/updates", authorization));
    }

    /** Progress on an action the agency leads (the action-plan-service checks the right again). */
    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTION_OWNER, Roles.PLAN_EDITOR})
    public Response report(@PathParam("agency") String agencyAlias, @PathParam("id") String id, String body,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ledBy(ownDoor(agencyAlias), id, authorization);
        return relay(upstream.post(SERVICE, "/api/actions/" + encode(id) + "/updates", body, authorization));
    }

    /** The agency of the path, which must be the caller's own. */
    private Agency ownDoor(String alias) {
        Agency agency = Agency.fromAlias(alias).orElseThrow(() ->
                ProblemException.notFound("No partner agency '" + alias + "'"));
        caller.requireAgency(agency, "use the " + agency.alias() + "'s partner endpoints");
        return agency;
    }

    /** The action, if this agency leads it; otherwise 404, as if it were not there. */
    private Upstream.Answer ledBy(Agency agency, String id, String authorization) {
        Upstream.Answer action = upstream.get(SERVICE, "/api/actions/" + encode(id), authorization);
        if (action.status() != 200) {
            throw relayed(action);
        }
        String lead = action.json(upstream.mapper()).path("leadAgency").asText();
        if (!agency.name().equals(lead)) {
            throw ProblemException.notFound("No action " + id + " led by the " + agency.alias());
        }
        return action;
    }

    private static Response relay(Upstream.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body())
                .type(answer.contentType().orElse(MediaType.APPLICATION_JSON));
        answer.totalCount().ifPresent(count -> response.header("X-Total-Count", count));
        return response.build();
    }

    private static jakarta.ws.rs.WebApplicationException relayed(Upstream.Answer answer) {
        return new jakarta.ws.rs.WebApplicationException(relay(answer));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
