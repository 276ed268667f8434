package org.csip.workforce.team;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A team a workforce editor sets up for their own agency. */
public record NewTeam(@NotBlank @Size(max = 200) String name,
                      @NotNull ServiceArea serviceArea,
                      @NotNull @DecimalMin("0.0") @Digits(integer = 5, fraction = 2) BigDecimal establishmentFte) {
}
