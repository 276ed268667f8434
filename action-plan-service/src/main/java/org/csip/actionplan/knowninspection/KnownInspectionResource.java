package org.csip.actionplan.knowninspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.csip.common.security.Caller;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.actionplan.finding.KnownFindingView;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Roles;

/** {@code /api/known-inspections}: the inspections this service has learned of, which a plan may answer. */
@Path("/api/known-inspections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class KnownInspectionResource {
    private final Caller caller;

    public KnownInspectionResource(Caller caller) {
        this.caller = caller;
    }

    /** The inspections of the caller's councils ({@code laCode} narrows to one of them). */
    @GET
    public List<KnownInspectionView> list(@QueryParam("laCode") String laCode) {
        List<KnownInspection> found = KnownInspection.list("array_intersects(councils, ?1) order by notifiedDate desc",
                (Object) caller.councilsAskedFor(laCode).toArray(String[]::new));
        return found.stream().map(KnownInspectionView::of).toList();
    }

    /** The findings learned for one inspection, in report order: what a plan's actions can answer. */
    @GET
    @Path("/{id}/findings")
    public List<KnownFindingView> findings(@PathParam("id") UUID id) {
        get(id);
        return KnownFinding.<KnownFinding>list("inspectionId = ?1 order by sequence", id).stream()
                .map(KnownFindingView::of).toList();
    }

    @GET
    @Path("/{id}")
    public KnownInspectionView get(@PathParam("id") UUID id) {
        KnownInspection inspection = KnownInspection.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("No inspection " + id + " has reached the action-plan-service");
        }
        caller.requireCoversAny(inspection.councilSet(), "Inspection " + id);
        return KnownInspectionView.of(inspection);
    }
}
