package org.csip.actionplan.coverage;

import java.util.List;
import java.util.UUID;

/**
 * How completely a plan answers its inspections' findings (docs/domain.md §2): uncovered priority actions
 * first, then uncovered areas for improvement, then the covered ones, each in report order; and the same count for
 * each addressee — the council, the police, health, the partnership — so each partner sees its own part answered.
 */
public record Coverage(UUID planId, int findings, int covered, int uncoveredPriorityActions,
                       int uncoveredAreasForImprovement, List<AddresseeCoverage> byAddressee,
                       List<FindingCoverage> items) {
}
