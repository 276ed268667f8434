package org.csip.actionplan.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change of an action's due date, read from the audit trail: from when to when, and who moved it when. */
public record DueDateMove(UUID actionId, LocalDate previousDueDate, LocalDate newDueDate, Instant movedAt,
                          String movedBy, String movedByAgency) {

    /** Later than before: the action has slipped. */
    public boolean isSlip() {
        return newDueDate.isAfter(previousDueDate);
    }
}
