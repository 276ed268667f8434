package org.csip.gateway.partner;

import static org.csip.gateway.partner.PartnerDoor.query;
import static org.csip.gateway.partner.PartnerDoor.relay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csip.common.security.Agency;
import org.csip.common.security.Roles;

/**
 * {@code /partners/{agency}/workforce/...}: an agency's own teams, staff, vacancies and caseloads, and its metrics —
 * always scoped to that agency, whatever the caller asks.
 */
@Path("/partners/{agency}/workforce")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerWorkforceResource {
    static final String SERVICE = "workforce";

    private final Upstream upstream;
    private final PartnerDoor door;

    public PartnerWorkforceResource(Upstream upstream, PartnerDoor door) {
        this.upstream = upstream;
        this.door = door;
    }

    /** {@code teams}, {@code staff}, {@code vacancies} or {@code caseloads}, with the service's filters. */
    @GET
    @Path("/{records: teams|staff|vacancies|caseloads}")
    @RolesAllowed({Roles.VIEWER, Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public Response records(@PathParam("agency") String agencyAlias, @PathParam("records") String records,
                            @Context UriInfo uri, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return scoped(agencyAlias, "/api/" + records, uri, authorization);
    }

    /** The agency's DfE workforce measures as at a date ({@code asOf}, {@code team}). */
    @GET
    @Path("/metrics")
    public Response metrics(@PathParam("agency") String agencyAlias, @Context UriInfo uri,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return scoped(agencyAlias, "/api/metrics", uri, authorization);
    }

    /** The same, month by month ({@code to}, {@code months}). */
    @GET
    @Path("/metrics/history")
    public Response history(@PathParam("agency") String agencyAlias, @Context UriInfo uri,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return scoped(agencyAlias, "/api/metrics/history", uri, authorization);
    }

    private Response scoped(String agencyAlias, String path, UriInfo uri, String authorization) {
        Agency agency = door.own(agencyAlias);
        return relay(upstream.get(SERVICE, path + "?" + query(uri, "agency", agency.alias()), authorization));
    }
}
