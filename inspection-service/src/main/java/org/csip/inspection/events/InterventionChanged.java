package org.csip.inspection.events;

import java.time.LocalDate;
import java.util.UUID;
import org.csip.inspection.intervention.InterventionType;
import org.csip.inspection.intervention.InterventionView;

/**
 * Payload of {@code csip.intervention.started|reviewed|ended.v1}: the intervention as it stands after the
 * change, with its review position (event-carried state).
 */
public record InterventionChanged(UUID interventionId, String laCode, InterventionType type, LocalDate startDate,
                                  LocalDate endDate, String endReason, UUID triggeredByInspectionId, String adviser,
                                  int reviewCadenceWeeks, long reviewsHeld, LocalDate lastReviewDate,
                                  LocalDate nextReviewDue, int version) {

    public static InterventionChanged of(InterventionView view) {
        return new InterventionChanged(view.id(), view.laCode(), view.type(), view.startDate(), view.endDate(),
                view.endReason(), view.triggeredByInspectionId(), view.adviser(), view.reviewCadenceWeeks(),
                view.reviewsHeld(), view.lastReviewDate(), view.nextReviewDue(), view.version());
    }
}
