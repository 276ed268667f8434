package org.csip.inspection.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.csip.common.http.IfMatch;
import org.csip.common.http.QueryParams;
import org.csip.common.security.Roles;

/** {@code /api/inspections}: the council records Ofsted visits and their reports; every partner may read them. */
@Path("/api/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {
    private final InspectionService inspections;

    public InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response notified(@Valid @NotNull NewInspection request) {
        InspectionView created = inspections.recordNotification(request);
        return IfMatch.created(URI.create("/api/inspections/" + created.id()), created, created.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    public Response get(@PathParam("id") UUID id) {
        return withTag(inspections.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull InspectionChanges changes) {
        return withTag(inspections.update(id, ifMatch, changes));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid StartInspection request) {
        return withTag(inspections.start(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull PublishInspection request) {
        return withTag(inspections.publish(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull WithdrawInspection request) {
        return withTag(inspections.withdraw(id, ifMatch, request));
    }

    /** Filters: {@code laCode}, {@code type}, {@code status}, and {@code from}/{@code to} on the visit date. */
    @GET
    @RolesAllowed(Roles.READER)
    public Response list(@QueryParam("laCode") @Pattern(regexp = "\\d{3}",
                                 message = "must be a three-digit DfE local authority code") String laCode,
                         @QueryParam("type") String type,
                         @QueryParam("status") String status,
                         @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.requireOrdered(fromDate, toDate, "from", "to");
        InspectionFilter filter = new InspectionFilter(laCode, InspectionType.parse(type, "type"),
                QueryParams.enumValue(InspectionStatus.class, status, "status"), fromDate, toDate);
        InspectionPage result = inspections.list(filter, QueryParams.whole(page, "page", 0, 0, QueryParams.LAST_PAGE),
                QueryParams.whole(size, "size", 20, 1, 200));
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    private static Response withTag(InspectionView inspection) {
        return IfMatch.ok(inspection, inspection.version());
    }
}
