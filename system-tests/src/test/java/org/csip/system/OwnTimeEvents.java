package org.csip.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Events the services' scheduled jobs and consumers publish on their own time (an overdue action at 06:30, a review
 * falling due at 07:00, a monthly snapshot, a measure it feeds), not because of a request a test made.
 */
final class OwnTimeEvents {
    static final List<String> TYPES = List.of("csip.action.overdue.v1", "csip.intervention.review-due.v1",
            "csip.metrics.snapshot.v1", "csip.measure.actual-recorded.v1");

    /** An SQL condition on {@code outbox_event} that leaves them out. */
    static final String LEFT_OUT = TYPES.stream().map(type -> "'" + type + "'")
            .collect(Collectors.joining(", ", "event_type NOT IN (", ")"));

    private OwnTimeEvents() {
    }
}
