package org.csip.inspection.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A corrected inspection record ({@code PUT} with {@code If-Match}): the fields a council may edit, all of them. */
public record InspectionChanges(
        @NotNull InspectionType type,
        @NotNull LocalDate notifiedDate,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        @Size(max = 200) String leadInspector,
        @Size(max = 500) String theme,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String reportUrl,
        @Size(max = 8) List<String> inspectorates) {
}
