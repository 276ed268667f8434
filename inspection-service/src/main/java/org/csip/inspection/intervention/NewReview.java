package org.csip.inspection.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A review the adviser has held: its date and, optionally, what it concluded (no child-level detail). */
public record NewReview(@NotNull LocalDate reviewDate, @Size(max = 2000) String summary) {
}
