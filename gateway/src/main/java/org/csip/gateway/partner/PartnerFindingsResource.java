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
import org.csip.common.security.Addressee;
import org.csip.common.security.Agency;
import org.csip.common.security.Roles;

/**
 * {@code /partners/{agency}/findings}: the inspection findings addressed to the agency or to the partnership it is
 * part of, in the councils it covers, each with the actions answering it. The addressees come from the path only.
 */
@Path("/partners/{agency}/findings")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerFindingsResource {
    private final Upstream upstream;
    private final PartnerDoor door;

    public PartnerFindingsResource(Upstream upstream, PartnerDoor door) {
        this.upstream = upstream;
        this.door = door;
    }

    /** With the filters of {@code /api/findings} ({@code laCode}, {@code answered}) but not {@code addressedTo}. */
    @GET
    @RolesAllowed(Roles.READER)
    public Response list(@PathParam("agency") String agencyAlias, @Context UriInfo uri,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Agency agency = door.own(agencyAlias);
        String addressees = Addressee.of(agency).name() + "," + Addressee.PARTNERSHIP.name();
        return relay(upstream.get(PartnerActionsResource.SERVICE,
                "/api/findings?" + query(uri, "addressedTo", addressees), authorization));
    }
}
