package org.csip.actionplan.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The action is done: when, what was achieved, and the evidence (needed here or in an earlier update). */
public record CompleteAction(
        LocalDate completedOn,
        @NotBlank @Size(max = 4000) String narrative,
        @Size(max = 20) List<@Valid @NotNull EvidenceLink> evidence) {

    public List<EvidenceLink> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
