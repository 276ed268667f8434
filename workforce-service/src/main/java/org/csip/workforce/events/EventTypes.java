package org.csip.workforce.events;

import java.util.List;

/** Every CloudEvents type this service publishes on workforce-events (docs/events.md documents each). */
public final class EventTypes {
    public static final String VACANCY_OPENED = "csip.vacancy.opened.v1";
    public static final String VACANCY_FILLED = "csip.vacancy.filled.v1";
    public static final String STAFF_JOINED = "csip.staff.joined.v1";
    public static final String STAFF_LEFT = "csip.staff.left.v1";
    public static final String CASELOAD_RECORDED = "csip.caseload.recorded.v1";
    public static final String CASELOAD_THRESHOLD_BREACHED = "csip.caseload.threshold-breached.v1";
    public static final String METRICS_SNAPSHOT = "csip.metrics.snapshot.v1";

    public static final List<String> ALL = List.of(VACANCY_OPENED, VACANCY_FILLED, STAFF_JOINED, STAFF_LEFT,
            CASELOAD_RECORDED, CASELOAD_THRESHOLD_BREACHED, METRICS_SNAPSHOT);

    private EventTypes() {
    }
}
