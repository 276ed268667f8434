package org.csip.actionplan.plan;

import java.time.LocalDate;

/** Optional body of a submission: the date it was sent (default today; recorded history may give an earlier one). */
public record SubmitPlan(LocalDate submittedOn) {
}
