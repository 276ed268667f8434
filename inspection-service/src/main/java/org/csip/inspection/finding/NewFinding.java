package org.csip.inspection.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.csip.common.security.Addressee;
import org.csip.inspection.inspection.JudgementArea;

/**
 * A finding as the report words it, with the judgement area it concerns where the report says, and whom it tells to
 * act ({@code addressedTo}; when left out, the inspection's usual addressee: the council, or a JTAI's partnership).
 */
public record NewFinding(@NotNull FindingKind kind, JudgementArea area, @NotBlank @Size(max = 2000) String text,
                         @Size(min = 1, max = 4) List<@NotNull Addressee> addressedTo) {

    public NewFinding(FindingKind kind, JudgementArea area, String text) {
        this(kind, area, text, null);
    }
}
