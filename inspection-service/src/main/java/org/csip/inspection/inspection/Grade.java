package org.csip.inspection.inspection;

/** Ofsted's four-point scale (DOMAIN.md §1), best first. */
public enum Grade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
