package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** The filters of {@code GET /api/actions}. */
public record ActionFilter(UUID planId, UUID themeId, Agency leadAgency, ActionStatus status, Rag rag,
                           boolean overdueOnly, LocalDate dueBefore, LocalDate dueAfter) {
}
