package org.csip.actionplan.action;

/** An action's life (docs/domain.md §2): {@code NOT_STARTED → IN_PROGRESS → COMPLETED}, or {@code CANCELLED} with a reason. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The open statuses, for queries. */
    public static final java.util.List<ActionStatus> OPEN = java.util.List.of(NOT_STARTED, IN_PROGRESS);

    /** Still to be delivered: counts towards overdue. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
