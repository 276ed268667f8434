package org.csip.inspection.reportimport;

import java.net.URI;
import org.csip.common.problem.ProblemException;

/**
 * Why an uploaded file cannot become a draft (422), each reason with its own problem type so a client — the bulk
 * import command, say — can tell "not a PDF" from "a scan with no text" without reading sentences.
 */
final class ImportRefused {
    static final String FIELD = "file";
    private static final String TYPES = "https://csip.example/problems/report-";

    private ImportRefused() {
    }

    static ProblemException notPdf(String why) {
        return refuse("not-pdf", "Not a PDF", "The file is not a readable PDF (" + why + ")");
    }

    static ProblemException encrypted() {
        return refuse("encrypted", "Encrypted PDF", "The PDF is encrypted or password-protected; Ofsted publishes"
                + " reports unencrypted, so upload the file as downloaded from reports.ofsted.gov.uk");
    }

    static ProblemException noText(int pages) {
        return refuse("no-text", "No text layer", "The PDF's " + pages + " page(s) have no text layer (a scan or"
                + " an image): there is nothing to read without OCR, and CSIP does not guess");
    }

    static ProblemException notOfstedReport(String why) {
        return refuse("not-ofsted-childrens-services", "Not an Ofsted children's services report",
                "The PDF is not an Ofsted report on a local authority's children's services (" + why + ")");
    }

    static ProblemException empty() {
        return refuse("not-pdf", "Not a PDF", "No file was uploaded in the multipart field \"file\"");
    }

    private static ProblemException refuse(String reason, String title, String detail) {
        return ProblemException.unprocessable(URI.create(TYPES + reason), title, FIELD, detail);
    }
}
