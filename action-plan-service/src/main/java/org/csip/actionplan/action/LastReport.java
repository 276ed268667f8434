package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.UUID;

/** When progress was last reported on an action: a plan's whole list in one answer, for a dashboard's table. */
public record LastReport(UUID actionId, LocalDate reportedOn) {
}
