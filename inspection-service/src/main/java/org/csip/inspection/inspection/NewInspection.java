package org.csip.inspection.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What an inspection editor records when an inspectorate gives notice: the council (or, for an inspection of a force,
 * none: it is the force's and every council it covers), the kind, and which inspectorates take part (left out, the
 * kind's own; a JTAI names whether HMI Probation joined).
 */
public record NewInspection(
        @Pattern(regexp = "\\d{3}", message = "must be a three-digit DfE local authority code") String laCode,
        @NotNull InspectionType type,
        @NotNull LocalDate notifiedDate,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        @Size(max = 200) String leadInspector,
        @Size(max = 500) String theme,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String reportUrl,
        @Size(max = 8) List<String> inspectorates) {
}
