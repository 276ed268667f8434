package org.csip.inspection.intervention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code csip.intervention.started|reviewed|ended.v1}: the intervention as it stands after the
 * change, with its review position (event-carried state).
 */
public record InterventionChanged(UUID interventionId, String laCode, InterventionType type, LocalDate startDate,
                                  LocalDate endDate, String endReason, UUID triggeredByInspectionId, String adviser,
                                  int reviewCadenceWeeks, long reviewsHeld, LocalDate lastReviewDate,
                                  LocalDate nextReviewDue, int version) {

    /** The intervention as it stands (flushed, so {@code version} is the one committed with this event). */
    static InterventionChanged of(Intervention intervention, ReviewPosition reviews) {
        return new InterventionChanged(intervention.id, intervention.laCode, intervention.type, intervention.startDate,
                intervention.endDate, intervention.endReason, intervention.triggeredBy, intervention.adviser,
                intervention.reviewCadenceWeeks, reviews.reviewsHeld(), reviews.lastReviewDate(),
                reviews.nextReviewDue(), intervention.version);
    }
}
