package org.csip.actionplan.board;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A decision of the board, with the role that owns it and, optionally, a date and the action it concerns. */
@Embeddable
public record Decision(
        @NotBlank @Size(max = 2000) @Column(name = "text") String text,
        @NotBlank @Size(max = 200) @Column(name = "owner") String owner,
        @Column(name = "due_date") LocalDate dueDate,
        @Column(name = "action_id") UUID actionId) {
}
