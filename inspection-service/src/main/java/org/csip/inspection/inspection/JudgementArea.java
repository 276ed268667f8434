package org.csip.inspection.inspection;

/**
 * The areas Ofsted grades, across frameworks; an area shared by two frameworks keeps one name, so a
 * council's judgements can be compared over time.
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS("Overall effectiveness"),
    IMPACT_OF_LEADERS("The impact of leaders on social work practice with children and families"),
    HELP_AND_PROTECTION("The experiences and progress of children who need help and protection"),
    CHILDREN_IN_CARE_AND_CARE_LEAVERS("The experiences and progress of children in care and care leavers"),
    CHILDREN_IN_CARE("The experiences and progress of children in care"),
    CARE_LEAVERS("The experiences and progress of care leavers"),
    CHILDREN_LOOKED_AFTER_AND_PERMANENCE("Children looked after and achieving permanence"),
    ADOPTION_PERFORMANCE("Adoption performance"),
    LEADERSHIP_MANAGEMENT_GOVERNANCE("Leadership, management and governance");

    private final String label;

    JudgementArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
