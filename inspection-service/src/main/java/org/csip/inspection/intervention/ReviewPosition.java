package org.csip.inspection.intervention;

import java.time.LocalDate;

/** Where an intervention's reviews stand: read once, shown by the API and carried by its events alike. */
public record ReviewPosition(long reviewsHeld, LocalDate lastReviewDate, LocalDate nextReviewDue) {

    static ReviewPosition of(Intervention intervention) {
        LocalDate lastReview = InterventionReview.lastReviewDate(intervention.id);
        return new ReviewPosition(InterventionReview.countFor(intervention.id), lastReview,
                intervention.nextReviewDue(lastReview));
    }
}
