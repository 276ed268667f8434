package org.csip.actionplan.deadline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code csip.deadline.approaching.v1} and {@code csip.deadline.missed.v1}: a statutory deadline of a
 * council, whose it is, when it falls due, and the days left (negative once missed) on the day of the notice. A
 * force's deadline names no {@code laCode} but every council the force covers ({@code councils}, added compatibly).
 */
public record DeadlineNoticed(String deadlineKey, String rule, String title, DeadlineRule.Owner owner, String laCode,
                              UUID inspectionId, UUID interventionId, LocalDate dueDate, long daysLeft,
                              Integer workingDaysLeft, String basis, String source, LocalDate noticeDate,
                              java.util.Set<String> councils) {

    static DeadlineNoticed of(Deadline deadline, LocalDate today) {
        return new DeadlineNoticed(deadline.key(), deadline.rule(), deadline.title(), deadline.owner(),
                deadline.laCode(), deadline.inspectionId(), deadline.interventionId(), deadline.dueDate(),
                deadline.daysLeft(), deadline.workingDaysLeft(), deadline.basis(), deadline.source(), today,
                new java.util.TreeSet<>(deadline.councils()));
    }
}
