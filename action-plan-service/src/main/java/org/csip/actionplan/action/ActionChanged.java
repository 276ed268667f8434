package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;

/**
 * Payload of {@code csip.action.created|updated|status-changed|completed.v1}: the action after the change;
 * {@code previousStatus} says what it moved from where the status changed.
 */
public record ActionChanged(UUID actionId, UUID planId, UUID themeId, String laCode, Agency leadAgency, String title,
                            String owner, LocalDate startDate, LocalDate dueDate, LocalDate originalDueDate,
                            ActionStatus status, ActionStatus previousStatus, Rag rag, Integer percentComplete,
                            LocalDate completedOn, String cancelReason, List<UUID> findingIds, int version) {

    /** The action as it stands (flushed, so {@code version} is the one committed with this event). */
    static ActionChanged of(Action action, ActionStatus previousStatus) {
        return new ActionChanged(action.id, action.planId, action.themeId, action.laCode, action.leadAgency,
                action.title, action.owner, action.startDate, action.dueDate, action.originalDueDate, action.status,
                previousStatus, action.rag, action.percentComplete, action.completedOn, action.cancelReason,
                List.copyOf(action.findingIds), action.version);
    }
}
