package org.csip.workforce.staff;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Someone joining a team: an internal reference (no names), role, contract, FTE, whether they hold cases. */
public record NewStaffMember(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}",
                message = "must be an internal reference of up to 40 letters, digits and / _ . - (never a name with spaces)")
        String reference,
        @NotNull UUID teamId,
        @NotNull StaffRole role,
        @NotNull Contract contract,
        @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") @Digits(integer = 1, fraction = 2)
        BigDecimal fte,
        @NotNull Boolean caseHolder,
        Boolean coversVacancy,
        @NotNull LocalDate startDate) {
}
