package org.csip.actionplan.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board meeting as recorded after it was held. */
public record NewBoardMeeting(
        @NotNull UUID planId,
        @NotNull LocalDate meetingDate,
        @NotBlank @Size(max = 200) String chair,
        @NotNull @Valid Attendance attendance,
        @Size(max = 4000) String notes,
        @Size(max = 200) List<@NotNull UUID> actionsReviewed,
        @Size(max = 50) List<@Valid @NotNull Decision> decisions) {

    public List<UUID> actionsReviewedOrEmpty() {
        return actionsReviewed == null ? List.of() : actionsReviewed;
    }

    public List<Decision> decisionsOrEmpty() {
        return decisions == null ? List.of() : decisions;
    }
}
