package org.csip.inspection.reportimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small PDFs written with PDFBox for the cases the six published reports do not cover. */
final class TestPdfs {
    private TestPdfs() {
    }

    /** A PDF with one page per argument, each line of it printed as a line of text. */
    static byte[] withPages(String... pages) {
        return org.csip.testing.ReportPdf.withPages(pages);
    }

    /** A PDF that opens only with a password. */
    static byte[] encrypted(String text) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(page(document, text));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages with nothing drawn on them, as a scan without OCR reads. */
    static byte[] blankPages(int count) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage());
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage page(PDDocument document, String text) throws IOException {
        return org.csip.testing.ReportPdf.page(document, text);
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
