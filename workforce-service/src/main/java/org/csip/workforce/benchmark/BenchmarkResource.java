package org.csip.workforce.benchmark;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;

/**
 * {@code /api/benchmarks}: published DfE figures for a council beside England, its region and its statistical
 * neighbours. Aggregate public statistics: every signed-in user reads them; the council imports newer files.
 */
@Path("/api/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {
    private final BenchmarkService benchmarks;
    private final BenchmarkImporter importer;
    private final Caller caller;

    public BenchmarkResource(BenchmarkService benchmarks, BenchmarkImporter importer, Caller caller) {
        this.benchmarks = benchmarks;
        this.importer = importer;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
    public BenchmarkComparison compare(@QueryParam("laCode") String laCode, @QueryParam("measure") String measure) {
        if (laCode == null || !laCode.trim().matches("\\d{3}")) {
            throw ProblemException.invalidField("laCode", "must be a three-digit DfE local authority code, e.g. 342");
        }
        return benchmarks.compare(laCode.trim(), BenchmarkMeasure.named(measure).orElseThrow(() ->
                ProblemException.invalidField("measure", "must be one of " + Arrays.stream(BenchmarkMeasure.values())
                        .map(BenchmarkMeasure::key).collect(Collectors.joining(", ")))));
    }

    /** The measures there are to compare, with their source file, unit and which way is better. */
    @GET
    @Path("/measures")
    @RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
    public List<MeasureView> measures() {
        return Arrays.stream(BenchmarkMeasure.values()).map(MeasureView::of).toList();
    }

    /** Imports a newer DfE file ({@code text/csv}) of one of the datasets; all or nothing. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.WORKFORCE_EDITOR, Roles.PLAN_EDITOR})
    public ImportResult importFile(@QueryParam("dataset") String dataset, String file) {
        caller.require(caller.rights().importsStatistics(), "Only the council may import DfE statistics");
        Dataset target = Dataset.named(dataset).orElseThrow(() -> ProblemException.invalidField("dataset",
                "must be one of " + Arrays.stream(Dataset.values()).map(Dataset::key).collect(Collectors.joining(", "))));
        return importer.importFile(target, file == null ? "" : file);
    }

    /** A measure as the API lists it. */
    public record MeasureView(String key, String label, String unit, Boolean higherIsBetter, String dataset,
                              String file) {
        static MeasureView of(BenchmarkMeasure measure) {
            return new MeasureView(measure.key(), measure.label(), measure.unit(), measure.higherIsBetter(),
                    measure.dataset().key(), measure.dataset().file());
        }
    }
}
