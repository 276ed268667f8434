package org.csip.gateway.partner;

import static org.csip.gateway.partner.PartnerDoor.encode;
import static org.csip.gateway.partner.PartnerDoor.query;
import static org.csip.gateway.partner.PartnerDoor.relay;
import static org.csip.gateway.partner.PartnerDoor.relayed;

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
import org.csip.common.problem.ProblemException;
import org.csip.gateway.limits.BodyLimit;
import org.csip.common.security.Agency;
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
    private final PartnerDoor door;

    public PartnerActionsResource(Upstream upstream, PartnerDoor door) {
        this.upstream = upstream;
        this.door = door;
    }

    /** The actions the agency leads, with the filters of {@code /api/actions} (plan, status, RAG, overdue…). */
    @GET
    @RolesAllowed(Roles.READER)
    public Response list(@PathParam("agency") String agencyAlias, @Context UriInfo uri,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Agency agency = door.own(agencyAlias);
        return relay(upstream.get(SERVICE, "/api/actions?" + query(uri, "leadAgency", agency.name()), authorization));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("agency") String agencyAlias, @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return relay(ledBy(door.own(agencyAlias), id, authorization));
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed(Roles.READER)
    public Response updates(@PathParam("agency") String agencyAlias, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ledBy(door.own(agencyAlias), id, authorization);
        return relay(upstream.get(SERVICE, "/api/actions/" + encode(id) + "/updates", authorization));
    }

    /** Progress on an action the agency leads (the action-plan-service checks the right again). */
    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTION_OWNER, Roles.PLAN_EDITOR})
    public Response report(@PathParam("agency") String agencyAlias, @PathParam("id") String id, byte[] bytes,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        BodyLimit.requireWithin(bytes, "/partners/" + agencyAlias + "/actions/" + id + "/updates");
        String body = PartnerDoor.utf8(bytes);
        ledBy(door.own(agencyAlias), id, authorization);
        return relay(upstream.post(SERVICE, "/api/actions/" + encode(id) + "/updates", body, authorization));
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
}
