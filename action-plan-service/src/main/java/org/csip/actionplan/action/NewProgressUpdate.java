package org.csip.actionplan.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Progress reported by the lead agency: RAG, what happened, evidence, optionally how far along (as of a date, default today). */
public record NewProgressUpdate(
        LocalDate reportedOn,
        @NotNull Rag rag,
        @NotBlank @Size(max = 4000) String narrative,
        @Min(0) @Max(100) Integer percentComplete,
        @Size(max = 20) List<@Valid @NotNull EvidenceLink> evidence) {

    public List<EvidenceLink> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
