package org.csip.inspection.intervention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The DfE has intervened: which council, how, from when, after which inspection, and how often it reviews. */
public record NewIntervention(
        @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit DfE local authority code") String laCode,
        @NotNull InterventionType type,
        @NotNull LocalDate startDate,
        UUID triggeredByInspectionId,
        @Size(max = 200) String adviser,
        @NotNull @Min(1) @Max(26) Integer reviewCadenceWeeks) {
}
