package org.csip.inspection.reportimport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.csip.inspection.finding.NewFinding;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.Judgement;

/**
 * A person's confirmation of a draft, with whatever they corrected or added: each field left out (null) keeps the
 * draft's value; {@code judgements} and {@code findings}, when given, replace the draft's lists whole.
 */
public record ConfirmImport(
        @Pattern(regexp = "\\d{3}", message = "must be a three-digit DfE local authority code") String laCode,
        InspectionType type,
        LocalDate notifiedDate,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        LocalDate publishedDate,
        @Size(max = 200) String leadInspector,
        @Size(max = 500) String theme,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String reportUrl,
        @Size(max = 10) List<@Valid @NotNull Judgement> judgements,
        @Size(max = 100) List<@Valid @NotNull NewFinding> findings,
        LocalDate responseDue,
        @Size(max = 8) List<String> inspectorates) {

    /** Nothing corrected: confirm the draft as read. */
    public static ConfirmImport asRead() {
        return new ConfirmImport(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
