package org.csip.actionplan.events;

import java.util.List;

/** Every CloudEvents type this service publishes on action-plan-events (docs/events.md documents each). */
public final class EventTypes {
    public static final String PLAN_CREATED = "csip.plan.created.v1";
    public static final String PLAN_UPDATED = "csip.plan.updated.v1";
    public static final String PLAN_SUBMITTED = "csip.plan.submitted.v1";
    public static final String PLAN_ACCEPTED = "csip.plan.accepted.v1";
    public static final String PLAN_CLOSED = "csip.plan.closed.v1";
    public static final String ACTION_CREATED = "csip.action.created.v1";
    public static final String ACTION_UPDATED = "csip.action.updated.v1";
    public static final String ACTION_STATUS_CHANGED = "csip.action.status-changed.v1";
    public static final String ACTION_PROGRESS_REPORTED = "csip.action.progress-reported.v1";
    public static final String ACTION_COMPLETED = "csip.action.completed.v1";
    public static final String ACTION_OVERDUE = "csip.action.overdue.v1";
    public static final String BOARD_MEETING_RECORDED = "csip.board-meeting.recorded.v1";
    public static final String MEASURE_ACTUAL_RECORDED = "csip.measure.actual-recorded.v1";
    public static final String DEADLINE_APPROACHING = "csip.deadline.approaching.v1";
    public static final String DEADLINE_MISSED = "csip.deadline.missed.v1";

    public static final List<String> ALL = List.of(PLAN_CREATED, PLAN_UPDATED, PLAN_SUBMITTED, PLAN_ACCEPTED, PLAN_CLOSED,
            ACTION_CREATED,
            ACTION_UPDATED, ACTION_STATUS_CHANGED, ACTION_PROGRESS_REPORTED, ACTION_COMPLETED, ACTION_OVERDUE,
            BOARD_MEETING_RECORDED, MEASURE_ACTUAL_RECORDED, DEADLINE_APPROACHING, DEADLINE_MISSED);

    private EventTypes() {
    }
}
