package org.csip.inspection.reportimport;

/** Where a draft value came from: the words as printed, the page, and how sure the importer is. */
public record ReadValue(String asPrinted, Integer page, Confidence confidence) {
}
