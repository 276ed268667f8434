package org.csip.inspection.inspection;

import jakarta.validation.constraints.NotNull;

/** One graded area of a published inspection. */
public record Judgement(@NotNull JudgementArea area, @NotNull Grade grade) {
}
