package org.csip.inspection.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.csip.inspection.inspection.JudgementArea;

/** A finding as the report words it, with the judgement area it concerns where the report says. */
public record NewFinding(@NotNull FindingKind kind, JudgementArea area, @NotBlank @Size(max = 2000) String text) {
}
