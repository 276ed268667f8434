package org.csip.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Closing a plan: why (e.g. "Judged good at the 2022 inspection; notice lifted") and when (default today). */
public record ClosePlan(LocalDate closedOn, @NotBlank @Size(max = 2000) String reason) {
}
