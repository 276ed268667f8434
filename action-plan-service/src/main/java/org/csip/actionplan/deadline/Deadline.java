package org.csip.actionplan.deadline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline worked out for one council: the rule, what it counts from, the date it falls due (and, for a window,
 * the date it opens), where it stands today, the days left, and how it was worked out ({@code basis}) with its
 * source. {@code key} is stable: the rule and the record it follows. A force's deadline (its response to its own
 * inspection) has no {@code laCode}: it concerns all the force's {@code councils}.
 */
public record Deadline(String key, String rule, String title, DeadlineRule.Owner owner, DeadlineRule.Kind kind,
                       String laCode, UUID inspectionId, UUID interventionId, LocalDate countedFrom,
                       LocalDate opensOn, LocalDate dueDate, DeadlineStatus status, LocalDate metOn, Long daysLeft,
                       Integer workingDaysLeft, String basis, String source, String sourceUrl,
                       java.util.Set<String> councils) {
}
