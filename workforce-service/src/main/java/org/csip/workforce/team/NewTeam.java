package org.csip.workforce.team;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A team a workforce editor sets up for their own agency, in a council it covers ({@code laCode}: needed only by a
 * force or board covering several).
 */
public record NewTeam(@NotBlank @Size(max = 200) String name,
                      @NotNull ServiceArea serviceArea,
                      @NotNull @DecimalMin("0.0") @Digits(integer = 5, fraction = 2) BigDecimal establishmentFte,
                      @Pattern(regexp = "[0-9]{3}", message = "must be a three-digit DfE local authority code")
                      String laCode) {
}
