package org.csip.actionplan.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report's one template (XHTML, so the same markup is the web page and, rendered, the PDF). */
@CheckedTemplate(basePath = "reports")
public final class ReportTemplates {
    private ReportTemplates() {
    }

    /** The adviser's progress report. */
    public static native TemplateInstance progress(ProgressReport report, String generated);
}
