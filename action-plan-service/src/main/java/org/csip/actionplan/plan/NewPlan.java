package org.csip.actionplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new improvement plan: the council, a title, the inspections it answers and when drafts are due. */
public record NewPlan(
        @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit DfE local authority code") String laCode,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 20) List<@NotNull UUID> inspectionIds,
        LocalDate draftDue,
        LocalDate finalDue) {
}
