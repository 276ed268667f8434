package org.csip.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Scenario 6: report import through the gateway, as a performance officer uploads Ofsted's PDFs one after another
 * (each read into a draft, {@code POST /api/inspections/import}). The development set (85 real reports, in the
 * inspection-service's test resources) is uploaded twice in the same order: the first pass after the stack starts
 * (cold: the parser's code not yet compiled) and a second (warm). Every upload must answer 201 with a draft, or 422
 * for a file that is not a readable PDF (the set keeps one such: a web page saved in place of a report).
 */
public final class ReportImports {
    static final String PATH = "/api/inspections/import";

    /** How many of the development set's reports (all, or the first few for the smoke run). */
    public record Plan(int reports) {
        public static final Plan FULL = new Plan(Integer.MAX_VALUE);
        public static final Plan SMOKE = new Plan(3);
    }

    /** One pass: each upload's milliseconds, in order, how many were refused as not a report, and the wall time. */
    public record Pass(String name, List<Double> millis, int refused, double seconds, long bytes) {
        double perSecond() {
            return millis.size() / seconds;
        }

        double percentile(double p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    /** Both passes. */
    public record Result(Pass cold, Pass warm) {
    }

    private ReportImports() {
    }

    /** The PDFs of the development set, in name order. */
    static List<Path> reports(Path repoRoot, Plan plan) {
        Path dir = repoRoot.resolve("inspection-service/src/test/resources/ofsted/dev");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).sorted()
                    .limit(plan.reports()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads every report twice through {@code gateway}, each pass with a fresh token of {@code token}. */
    public static Result run(String gateway, Supplier<String> token, List<Path> reports) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new Result(pass("cold", http, gateway, token.get(), reports),
                pass("warm", http, gateway, token.get(), reports));
    }

    private static Pass pass(String name, HttpClient http, String gateway, String token, List<Path> reports) {
        List<Double> millis = new ArrayList<>(reports.size());
        long bytes = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (Path report : reports) {
            byte[] pdf = read(report);
            bytes += pdf.length;
            String boundary = "csip-" + UUID.randomUUID();
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + PATH))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, report.getFileName().toString(),
                            pdf)))
                    .build();
            long sent = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            millis.add((System.nanoTime() - sent) / 1e6);
            if (answer.statusCode() == 422) {
                refused++; // the set holds a web page saved as a report: refused with a problem naming it, as it must be
            } else if (answer.statusCode() != 201) {
                throw new IllegalStateException(report.getFileName() + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
        }
        return new Pass(name, millis, refused, (System.nanoTime() - start) / 1e9, bytes);
    }

    private static byte[] multipart(String boundary, String fileName, byte[] pdf) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 512);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    static String markdown(Result result) {
        StringBuilder md = new StringBuilder(String.format(Locale.UK, """
                %d reports of the development set (%.1f MB), uploaded one after another through the gateway as \
                the demo's `performance.officer`, twice.

                ![Milliseconds per report, cold and warm](performance/report-import.svg)

                | pass | uploads | drafts | refused (not a PDF) | uploads/s | p50 ms | p95 ms | slowest ms |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """, result.cold().millis().size(), result.cold().bytes() / 1e6));
        for (Pass pass : List.of(result.cold(), result.warm())) {
            md.append(String.format(Locale.UK, "| %s | %d | %d | %d | %.1f | %.0f | %.0f | %.0f |%n", pass.name(),
                    pass.millis().size(), pass.millis().size() - pass.refused(), pass.refused(), pass.perSecond(),
                    pass.percentile(50), pass.percentile(95), pass.percentile(100)));
        }
        md.append(String.format(Locale.UK, "%n| ratio (warm ÷ cold) | measured |%n|---|---:|%n| uploads/s | %.2f |%n"
                        + "| p50 | %.2f |%n", result.warm().perSecond() / result.cold().perSecond(),
                result.warm().percentile(50) / result.cold().percentile(50)));
        return md.toString();
    }

    /** The scenario's chart: the median, 95th percentile and slowest upload of each pass. */
    static Map<String, String> charts(Result result) {
        Pass cold = result.cold();
        Pass warm = result.warm();
        return Map.of("report-import", Chart.pairs("Report import", "ms per report", "cold (first pass)",
                "warm (second pass)", Arrays.asList(
                        new Chart.Row("p50", cold.percentile(50), warm.percentile(50)),
                        new Chart.Row("p95", cold.percentile(95), warm.percentile(95)),
                        new Chart.Row("slowest", cold.percentile(100), warm.percentile(100)))));
    }
}
