package org.csip.actionplan.board;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Who came, by agency (counts, not names); {@code others} are the chair, DfE and other invited members. */
@Embeddable
public record Attendance(
        @NotNull @Min(0) @Max(100) @Column(name = "council_attendees") Integer council,
        @NotNull @Min(0) @Max(100) @Column(name = "police_attendees") Integer police,
        @NotNull @Min(0) @Max(100) @Column(name = "health_attendees") Integer health,
        @NotNull @Min(0) @Max(100) @Column(name = "other_attendees") Integer others) {
}
