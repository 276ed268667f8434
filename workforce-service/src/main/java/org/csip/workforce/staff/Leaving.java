package org.csip.workforce.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Someone leaving: the date they left (not in post from that day), a reason from the list, a note. */
public record Leaving(@NotNull LocalDate leftOn, @NotNull LeaveReason reason, @Size(max = 500) String note) {
}
