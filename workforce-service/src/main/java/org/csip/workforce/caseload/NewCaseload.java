package org.csip.workforce.caseload;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A team's caseload as at a date: open cases (children, not names) and the FTE of those holding them. */
public record NewCaseload(@NotNull UUID teamId, @NotNull LocalDate asOf, @NotNull @Min(0) @Max(100_000) Integer cases,
                          @NotNull @DecimalMin(value = "0.0", inclusive = false) @Digits(integer = 4, fraction = 2)
                          BigDecimal caseHolderFte) {
}
