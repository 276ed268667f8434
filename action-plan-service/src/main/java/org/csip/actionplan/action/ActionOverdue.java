package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** Payload of {@code csip.action.overdue.v1}: an action passed its due date without being completed. */
public record ActionOverdue(UUID actionId, UUID planId, String laCode, Agency leadAgency, String title, String owner,
                            LocalDate dueDate, LocalDate originalDueDate, long daysOverdue, ActionStatus status,
                            Rag rag, LocalDate announcedOn) {
}
