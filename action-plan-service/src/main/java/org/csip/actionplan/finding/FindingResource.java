package org.csip.actionplan.finding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.csip.actionplan.coverage.CoverageService;
import org.csip.actionplan.coverage.FindingCoverage;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Addressee;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;

/**
 * {@code /api/findings}: the findings to answer (priority actions and areas for improvement) of the caller's
 * councils, newest inspection first, each with the actions of any plan that answer it — so a partner sees the
 * findings addressed to it and whether anyone has taken them on.
 */
@Path("/api/findings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class FindingResource {
    private final Caller caller;
    private final CoverageService coverage;

    public FindingResource(Caller caller, CoverageService coverage) {
        this.caller = caller;
        this.coverage = coverage;
    }

    /**
     * {@code addressedTo} (comma-separated: {@code POLICE,PARTNERSHIP}) keeps the findings addressed to any of them;
     * {@code laCode} narrows to one council; {@code answered=false} keeps those no action answers yet.
     */
    @GET
    public List<FindingCoverage> list(@QueryParam("laCode") String laCode,
                                      @QueryParam("addressedTo") String addressedTo,
                                      @QueryParam("answered") String answered) {
        Set<String> councils = caller.councilsAskedFor(laCode);
        Set<Addressee> addressees = addressees(addressedTo);
        Boolean wantAnswered = answered(answered);
        List<KnownFinding> findings = KnownFinding.getEntityManager().createQuery("select f from KnownFinding f,"
                        + " KnownInspection i where i.inspectionId = f.inspectionId and array_intersects(i.councils, ?1)"
                        + " and f.kind in ?2 order by i.notifiedDate desc, f.inspectionId, f.sequence",
                        KnownFinding.class)
                .setParameter(1, councils.toArray(String[]::new)).setParameter(2, KnownFinding.TO_ANSWER).getResultList().stream()
                .filter(f -> addressees.isEmpty() || f.addressees().stream().anyMatch(addressees::contains))
                .toList();
        return coverage.answered(findings).stream()
                .filter(f -> wantAnswered == null || f.covered() == wantAnswered).toList();
    }

    private static Set<Addressee> addressees(String value) {
        EnumSet<Addressee> addressees = EnumSet.noneOf(Addressee.class);
        if (value == null || value.isBlank()) {
            return addressees;
        }
        for (String name : value.split(",", -1)) {
            addressees.add(Addressee.fromName(name).orElseThrow(() -> ProblemException.invalidField("addressedTo",
                    "must be one or more of " + Addressee.join(EnumSet.allOf(Addressee.class))
                            + ", comma-separated")));
        }
        return addressees;
    }

    private static Boolean answered(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField("answered", "must be true or false");
        };
    }
}
