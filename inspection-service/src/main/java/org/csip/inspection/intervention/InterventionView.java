package org.csip.inspection.intervention;

import java.time.LocalDate;
import java.util.UUID;

/** An intervention as the API shows it, with where its reviews stand. */
public record InterventionView(UUID id, String laCode, InterventionType type, LocalDate startDate,
                               LocalDate endDate, String endReason, UUID triggeredByInspectionId, String adviser,
                               int reviewCadenceWeeks, long reviewsHeld, LocalDate lastReviewDate,
                               LocalDate nextReviewDue, int version) {

    public static InterventionView of(Intervention intervention) {
        LocalDate lastReview = InterventionReview.lastReviewDate(intervention.id);
        return new InterventionView(intervention.id, intervention.laCode, intervention.type, intervention.startDate,
                intervention.endDate, intervention.endReason, intervention.triggeredBy, intervention.adviser,
                intervention.reviewCadenceWeeks, InterventionReview.countFor(intervention.id), lastReview,
                intervention.nextReviewDue(lastReview), intervention.version);
    }
}
