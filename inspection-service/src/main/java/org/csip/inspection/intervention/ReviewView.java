package org.csip.inspection.intervention;

import java.time.LocalDate;
import java.util.UUID;

/** A review as the API shows it. */
public record ReviewView(UUID id, UUID interventionId, LocalDate reviewDate, String summary) {

    static ReviewView of(InterventionReview review) {
        return new ReviewView(review.id, review.interventionId, review.reviewDate, review.summary);
    }
}
