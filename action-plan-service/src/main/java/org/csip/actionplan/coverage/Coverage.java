package org.csip.actionplan.coverage;

import java.util.List;
import java.util.UUID;

/**
 * How completely a plan answers its inspections' findings (docs/domain.md §2): uncovered priority actions
 * first, then uncovered areas for improvement, then the covered ones, each in report order.
 */
public record Coverage(UUID planId, int findings, int covered, int uncoveredPriorityActions,
                       int uncoveredAreasForImprovement, List<FindingCoverage> items) {
}
