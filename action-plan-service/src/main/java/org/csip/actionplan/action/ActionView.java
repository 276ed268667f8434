package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;

/** An action as the API shows it: where it stands, whether it is overdue, and how far its due date has slipped. */
public record ActionView(UUID id, UUID planId, UUID themeId, String laCode, String title, String description,
                         Agency leadAgency, String owner, LocalDate startDate, LocalDate dueDate,
                         LocalDate originalDueDate, long slippageDays, ActionStatus status, boolean overdue,
                         Rag rag, Integer percentComplete, LocalDate completedOn, String cancelReason,
                         List<UUID> findingIds, int version) {

    public static ActionView of(Action action, LocalDate today) {
        return new ActionView(action.id, action.planId, action.themeId, action.laCode, action.title,
                action.description, action.leadAgency, action.owner, action.startDate, action.dueDate,
                action.originalDueDate, action.slippageDays(), action.status, action.isOverdue(today), action.rag,
                action.percentComplete, action.completedOn, action.cancelReason, List.copyOf(action.findingIds),
                action.version);
    }
}
