package org.csip.inspection.reportimport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.inspection.inspection.InspectionType;

/**
 * What the importer read from an Ofsted report, for a person to check before anything is saved: the inspection's
 * values, its judgements and findings with their pages and confidence, where each value came from
 * ({@code readFrom}), and the flags for everything it could not read with confidence. A SIF report's
 * recommendations to the Local Safeguarding Children Board are kept apart in {@code lscbRecommendations}: they are
 * the partnership's, not the council's findings, and confirming does not record them. {@code readyToConfirm} is
 * true when nothing is missing or left to check.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(value = "readyToConfirm", allowGetters = true)
public record ReportDraft(UUID draftId, String fileName, String sha256, int pages, ReportFormat format,
                          String laCode, String laName, InspectionType type, String framework,
                          LocalDate onSiteStart, LocalDate onSiteEnd, LocalDate publishedDate, String leadInspector,
                          String theme,
                          List<DraftJudgement> judgements, List<DraftFinding> findings,
                          List<DraftFinding> lscbRecommendations, Map<String, ReadValue> readFrom,
                          List<DraftFlag> flags, LocalDate responseDue, List<String> inspectorates) {

    public ReportDraft {
        lscbRecommendations = lscbRecommendations == null ? List.of() : lscbRecommendations;
    }

    /** Nothing missing and nothing to check: only notes remain. Derived, so it cannot disagree with the flags. */
    @JsonProperty("readyToConfirm")
    public boolean readyToConfirm() {
        return flags.stream().allMatch(f -> f.severity() == DraftFlag.Severity.NOTE);
    }

    ReportDraft withIdentity(UUID id, String name, String digest) {
        return new ReportDraft(id, name, digest, pages, format, laCode, laName, type, framework, onSiteStart,
                onSiteEnd, publishedDate, leadInspector, theme, judgements, findings, lscbRecommendations, readFrom, flags,
                responseDue, inspectorates);
    }

    /** The same draft with one more flag (e.g. "already recorded"), no longer ready if the flag needs a person. */
    ReportDraft withFlag(DraftFlag flag) {
        List<DraftFlag> more = new java.util.ArrayList<>(flags);
        more.add(flag);
        return new ReportDraft(draftId, fileName, sha256, pages, format, laCode, laName, type, framework, onSiteStart,
                onSiteEnd, publishedDate, leadInspector, theme, judgements, findings, lscbRecommendations, readFrom,
                List.copyOf(more), responseDue, inspectorates);
    }
}
