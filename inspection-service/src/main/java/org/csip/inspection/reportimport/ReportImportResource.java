package org.csip.inspection.reportimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.csip.common.http.IfMatch;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Roles;
import org.csip.inspection.inspection.InspectionView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /api/inspections/import}: the council's performance officer uploads an Ofsted report PDF, checks the draft
 * read from it, and confirms it — instead of retyping the report.
 */
@Path("/api/inspections/import")
@Produces(MediaType.APPLICATION_JSON)
public class ReportImportResource {
    /** Ofsted's reports are well under 1 MB; 20 MB leaves room for scanned annexes without inviting abuse. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ReportImportService imports;

    public ReportImportResource(ReportImportService imports) {
        this.imports = imports;
    }

    /** Multipart, the PDF in the part {@code file}; answers the draft (201), stored for confirmation. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response importReport(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "is required: the report PDF as the multipart part \"file\"");
        }
        if (file.size() > MAX_BYTES) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is " + file.size()
                    + " bytes; a report may be at most 20 MB");
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportDraft draft = imports.importReport(storedName(file.fileName()), pdf);
        return Response.created(URI.create("/api/inspections/import/" + draft.draftId())).entity(draft).build();
    }

    /**
     * The uploaded file's name as kept with the draft: control characters (a NUL PostgreSQL refuses) dropped, and cut
     * to the 255 characters the column holds — it only labels the draft, so a long name is no reason to refuse a report.
     */
    static String storedName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "report.pdf";
        }
        return name.codePointCount(0, name.length()) <= 255 ? name
                : name.substring(0, name.offsetByCodePoints(0, 255));
    }

    @GET
    @Path("/{draftId}")
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public ReportDraft draft(@PathParam("draftId") UUID draftId) {
        return imports.draft(draftId);
    }

    /** Records the inspection; the body (optional) corrects or completes the draft. */
    @POST
    @Path("/{draftId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTION_EDITOR)
    public Response confirm(@PathParam("draftId") UUID draftId, @Valid ConfirmImport edits) {
        InspectionView created = imports.confirm(draftId, edits);
        return IfMatch.created(URI.create("/api/inspections/" + created.id()), created, created.version());
    }
}
