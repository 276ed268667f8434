package org.csip.inspection.inspection;

/** The kinds of visit CSIP records (DOMAIN.md §1); only the graded ones carry judgements. */
public enum InspectionType {
    STANDARD(true), SHORT(true), FOCUSED_VISIT(false), MONITORING_VISIT(false), JTAI(false), SIF(true),
    PEER_REVIEW(false);

    private final boolean graded;

    InspectionType(boolean graded) {
        this.graded = graded;
    }

    public boolean graded() {
        return graded;
    }
}
