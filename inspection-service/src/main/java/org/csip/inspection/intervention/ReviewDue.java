package org.csip.inspection.intervention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code csip.intervention.review-due.v1}: an adviser's review falls due within the notice
 * window (7 days) — announced once per intervention and due date.
 */
public record ReviewDue(UUID interventionId, String laCode, InterventionType type, LocalDate dueDate,
                        LocalDate lastReviewDate, String adviser, LocalDate announcedOn) {
}
