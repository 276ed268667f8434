package org.csip.actionplan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.csip.common.http.QueryParams;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Roles;

/**
 * {@code /api/plans/{id}/reports/progress}: the adviser's report as JSON, as a web page or as a PDF — by the
 * {@code Accept} header, or by {@code ?format=json|html|pdf} for a plain download link.
 */
@Path("/api/plans/{id}/reports/progress")
public class ProgressReportResource {
    static final String PDF = "application/pdf";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE, MediaType.valueOf(PDF)).build();
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ProgressReportService reports;
    private final PdfRenderer pdf;
    private final Clock clock;

    public ProgressReportResource(ProgressReportService reports, PdfRenderer pdf, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF})
    public Response progress(@PathParam("id") UUID planId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("format") String format,
                             @Context Request request) {
        MediaType type = chosen(format, request);
        ProgressReport report = reports.of(planId, QueryParams.date(from, "from"), QueryParams.date(to, "to"));
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String page = ReportTemplates.progress(report, ZonedDateTime.now(clock).format(GENERATED) + " (UK time)")
                .render();
        if (MediaType.TEXT_HTML_TYPE.isCompatible(type)) {
            return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(pdf.render(page), PDF)
                .header("Content-Disposition", "inline; filename=\"" + fileName(report) + "\"").build();
    }

    /** {@code csip-progress-342-2026-10-12-to-2026-11-23.pdf} */
    static String fileName(ProgressReport report) {
        return "csip-progress-" + report.laCode() + "-" + report.from() + "-to-" + report.to() + ".pdf";
    }

    private static MediaType chosen(String format, Request request) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                case "html" -> MediaType.TEXT_HTML_TYPE;
                case "pdf" -> MediaType.valueOf(PDF);
                default -> throw ProblemException.invalidField("format", "must be json, html or pdf");
            };
        }
        Variant variant = request.selectVariant(VARIANTS);
        return variant == null ? MediaType.APPLICATION_JSON_TYPE : variant.getMediaType();
    }
}
