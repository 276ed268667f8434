package org.csip.inspection.inspection;

/** The kinds of visit CSIP records (docs/domain.md §1); only the graded ones carry judgements. */
public enum InspectionType {
    STANDARD(true, "ILACS standard inspection"),
    SHORT(true, "ILACS short inspection"),
    FOCUSED_VISIT(false, "Focused visit"),
    MONITORING_VISIT(false, "Monitoring visit"),
    JTAI(false, "Joint targeted area inspection"),
    SIF(true, "Single inspection framework inspection"),
    PEER_REVIEW(false, "LGA peer review");

    private final boolean graded;
    private final String label;

    InspectionType(boolean graded, String label) {
        this.graded = graded;
        this.label = label;
    }

    public boolean graded() {
        return graded;
    }

    public String label() {
        return label;
    }
}
