package org.csip.inspection.intervention;

import java.time.LocalDate;
import java.util.UUID;

/** An intervention as the API shows it, with where its reviews stand. */
public record InterventionView(UUID id, String laCode, InterventionType type, LocalDate startDate,
                               LocalDate endDate, String endReason, UUID triggeredByInspectionId, String adviser,
                               int reviewCadenceWeeks, long reviewsHeld, LocalDate lastReviewDate,
                               LocalDate nextReviewDue, int version) {

    public static InterventionView of(Intervention intervention) {
        return of(intervention, ReviewPosition.of(intervention));
    }

    static InterventionView of(Intervention intervention, ReviewPosition reviews) {
        return new InterventionView(intervention.id, intervention.laCode, intervention.type, intervention.startDate,
                intervention.endDate, intervention.endReason, intervention.triggeredBy, intervention.adviser,
                intervention.reviewCadenceWeeks, reviews.reviewsHeld(), reviews.lastReviewDate(),
                reviews.nextReviewDue(), intervention.version);
    }
}
