package org.csip.inspection.finding;

/** What a finding is (docs/domain.md §1): plans must answer priority actions and areas for improvement. */
public enum FindingKind {
    PRIORITY_ACTION, AREA_FOR_IMPROVEMENT, STRENGTH
}
