package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** The filters of {@code GET /api/actions}; {@code laCode} narrows to one of the caller's councils. */
public record ActionFilter(String laCode, UUID planId, UUID themeId, Agency leadAgency, ActionStatus status, Rag rag,
                           boolean overdueOnly, LocalDate dueBefore, LocalDate dueAfter) {
}
