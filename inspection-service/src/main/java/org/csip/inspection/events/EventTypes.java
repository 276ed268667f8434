package org.csip.inspection.events;

import java.util.List;

/** Every CloudEvents type this service publishes on inspection-events (docs/events.md documents each). */
public final class EventTypes {
    public static final String INSPECTION_NOTIFIED = "csip.inspection.notified.v1";
    public static final String INSPECTION_UPDATED = "csip.inspection.updated.v1";
    public static final String INSPECTION_STARTED = "csip.inspection.started.v1";
    public static final String INSPECTION_PUBLISHED = "csip.inspection.published.v1";
    public static final String INSPECTION_WITHDRAWN = "csip.inspection.withdrawn.v1";
    public static final String FINDING_RECORDED = "csip.finding.recorded.v1";
    public static final String INTERVENTION_STARTED = "csip.intervention.started.v1";
    public static final String INTERVENTION_REVIEWED = "csip.intervention.reviewed.v1";
    public static final String INTERVENTION_REVIEW_DUE = "csip.intervention.review-due.v1";
    public static final String INTERVENTION_ENDED = "csip.intervention.ended.v1";

    public static final List<String> ALL = List.of(INSPECTION_NOTIFIED, INSPECTION_UPDATED, INSPECTION_STARTED,
            INSPECTION_PUBLISHED, INSPECTION_WITHDRAWN, FINDING_RECORDED, INTERVENTION_STARTED, INTERVENTION_REVIEWED,
            INTERVENTION_REVIEW_DUE, INTERVENTION_ENDED);

    private EventTypes() {
    }
}
