package org.csip.inspection.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the council records when Ofsted notifies it of a visit. */
public record NewInspection(
        @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit DfE local authority code") String laCode,
        @NotNull InspectionType type,
        @NotNull LocalDate notifiedDate,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        @Size(max = 200) String leadInspector,
        @Size(max = 500) String theme,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String reportUrl) {
}
