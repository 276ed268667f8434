package org.csip.inspection.reportimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.InspectionType;

/** Collects what a reader finds in a report — values with their provenance, judgements, findings, flags. */
final class DraftBuilder {
    final ReportFormat format;
    final int pages;
    String laCode;
    String laName;
    InspectionType type;
    Framework framework;
    LocalDate onSiteStart;
    LocalDate onSiteEnd;
    LocalDate publishedDate;
    String leadInspector;
    String theme;
    final List<DraftJudgement> judgements = new ArrayList<>();
    final List<DraftFinding> findings = new ArrayList<>();
    /** The date the letter sets for the written response (a JTAI letter's written statement of action). */
    java.time.LocalDate responseDue;
    /** The inspectorates the report names, as codes (a JTAI letter's); null when the kind's own are meant. */
    List<String> inspectorates;
    /** SIF: the Local Safeguarding Children Board's own recommendations, kept apart from the council's findings. */
    final List<DraftFinding> lscbRecommendations = new ArrayList<>();
    private final Map<String, ReadValue> readFrom = new LinkedHashMap<>();
    private final List<DraftFlag> flags = new ArrayList<>();

    DraftBuilder(ReportFormat format, int pages) {
        this.format = format;
        this.pages = pages;
    }

    /** Records where a value was read: the words as printed, the page, the confidence. */
    void readFrom(String field, String asPrinted, Integer page, Confidence confidence) {
        readFrom.put(field, new ReadValue(asPrinted, page, confidence));
    }

    void missing(String field, String message) {
        flags.add(new DraftFlag(field, DraftFlag.Severity.MISSING, message));
    }

    void check(String field, String message) {
        flags.add(new DraftFlag(field, DraftFlag.Severity.CHECK, message));
    }

    void note(String field, String message) {
        flags.add(new DraftFlag(field, DraftFlag.Severity.NOTE, message));
    }

    ReportDraft build() {
        return new ReportDraft(null, null, null, pages, format, laCode, laName, type,
                framework == null ? null : framework.code(), onSiteStart, onSiteEnd, publishedDate, leadInspector, theme,
                List.copyOf(judgements), List.copyOf(findings), List.copyOf(lscbRecommendations),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readFrom)), List.copyOf(flags), responseDue,
                inspectorates == null ? null : List.copyOf(inspectorates));
    }
}
