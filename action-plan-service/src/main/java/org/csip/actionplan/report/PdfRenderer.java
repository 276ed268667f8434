package org.csip.actionplan.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a well-formed XHTML page (with its CSS paged-media rules) into PDF, with Open HTML to PDF on PDFBox. */
@ApplicationScoped
public class PdfRenderer {

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("CSIP action-plan-service");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
    }
}
