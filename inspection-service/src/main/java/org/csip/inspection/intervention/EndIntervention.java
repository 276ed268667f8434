package org.csip.inspection.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The intervention was lifted (or replaced by a stronger one): when, and why. */
public record EndIntervention(@NotNull LocalDate endDate, @Size(max = 500) String reason) {
}
