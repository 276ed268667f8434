package org.csip.inspection.reportimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.csip.common.register.LocalAuthorityRegister;

/**
 * How long reading a report takes — the claim "under a second per report" rests on this, not on a timed test.
 * Method: each PDF of a folder is read once cold (a fresh JVM's first read, as a one-off import meets it), then
 * {@code rounds} more times warm; it prints per report the cold time and the warm median and worst, in ms.
 * Run (docs/inspections.md §Importing reports):
 * {@code ./mvnw -q -pl inspection-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.csip.inspection.reportimport.ReportImportBenchmark -Dexec.args="<folder> [rounds]"}
 */
public final class ReportImportBenchmark {
    private ReportImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/ofsted");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> reports;
        try (Stream<Path> files = Files.list(folder)) {
            reports = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        long setUp = System.nanoTime();
        OfstedReportParser parser = new OfstedReportParser(new LocalAuthorityMatcher(new LocalAuthorityRegister()));
        System.out.printf("%s, %d cores, Java %s; register loaded in %.0f ms; %d warm rounds%n",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), (System.nanoTime() - setUp) / 1e6, rounds);
        System.out.printf("%-42s %5s %6s %9s %10s %9s%n", "report", "pages", "items", "cold ms", "median ms", "worst ms");
        List<Double> colds = new ArrayList<>();
        for (Path report : reports) {
            byte[] pdf = Files.readAllBytes(report);
            long start = System.nanoTime();
            ReportDraft draft;
            try {
                draft = parser.read(pdf);
            } catch (org.csip.common.problem.ProblemException refused) {
                // A file that is not a readable report is refused, as fast: timed, not read again.
                double cold = (System.nanoTime() - start) / 1e6;
                colds.add(cold);
                System.out.printf("%-42s %5s %6s %9.0f %10s %9s  refused: %s%n", report.getFileName(), "-", "-", cold,
                        "-", "-", refused.problem().type().toString().replaceAll(".*/", ""));
                continue;
            }
            double cold = (System.nanoTime() - start) / 1e6;
            colds.add(cold);
            double[] warm = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                parser.read(pdf);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            System.out.printf("%-42s %5d %6d %9.0f %10.0f %9.0f%n", report.getFileName(), draft.pages(),
                    draft.findings().size(), cold, warm[rounds / 2], warm[rounds - 1]);
        }
        System.out.printf("cold total %.0f ms for %d reports: %.0f ms per report%n",
                colds.stream().mapToDouble(Double::doubleValue).sum(), reports.size(),
                colds.stream().mapToDouble(Double::doubleValue).sum() / Math.max(1, reports.size()));
        double[] sorted = colds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf("first reads: median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms%n",
                    sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)],
                    sorted[sorted.length - 1]);
        }
    }
}
