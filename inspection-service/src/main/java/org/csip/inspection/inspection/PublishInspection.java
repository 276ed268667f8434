package org.csip.inspection.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.csip.inspection.finding.NewFinding;

/**
 * The report is out: its date, the judgements of the inspection's framework (none for ungraded visits)
 * and, optionally, its findings — all recorded in one transaction. On-site dates and the lead inspector
 * may be completed here when they were not known at notification. {@code responseDue} is the date the report or
 * letter sets for the written response (a JTAI letter's date for the partnership's written statement of action).
 */
public record PublishInspection(
        @NotNull LocalDate publishedDate,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        @Size(max = 200) String leadInspector,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String reportUrl,
        @Size(max = 10) List<@Valid @NotNull Judgement> judgements,
        @Size(max = 100) List<@Valid @NotNull NewFinding> findings,
        LocalDate responseDue) {

    public PublishInspection(LocalDate publishedDate, LocalDate onSiteStart, LocalDate onSiteEnd, String leadInspector,
                             String reportUrl, List<Judgement> judgements, List<NewFinding> findings) {
        this(publishedDate, onSiteStart, onSiteEnd, leadInspector, reportUrl, judgements, findings, null);
    }

    public List<Judgement> judgementsOrEmpty() {
        return judgements == null ? List.of() : judgements;
    }

    public List<NewFinding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }
}
