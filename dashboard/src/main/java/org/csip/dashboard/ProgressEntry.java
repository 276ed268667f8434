package org.csip.dashboard;

import io.quarkus.qute.TemplateData;

/** What was typed on the progress form, kept to show again beside the errors. */
@TemplateData
public record ProgressEntry(String rag, String narrative, String evidenceTitle, String evidenceLink) {
}
