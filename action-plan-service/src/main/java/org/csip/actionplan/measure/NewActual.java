package org.csip.actionplan.measure;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure's value as at a date (one per date), with its source. */
public record NewActual(@NotNull LocalDate asOf, @NotNull @Digits(integer = 10, fraction = 2) BigDecimal value,
                        @Size(max = 200) String source) {
}
