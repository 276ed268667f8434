package org.csip.inspection.intervention;

/** The DfE's interventions in a council's children's services, lightest first (docs/domain.md §1). */
public enum InterventionType {
    IMPROVEMENT_NOTICE("Improvement notice"),
    STATUTORY_DIRECTION("Statutory direction"),
    COMMISSIONER("Children's services commissioner");

    private final String label;

    InterventionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
