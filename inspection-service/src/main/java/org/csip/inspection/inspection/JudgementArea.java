package org.csip.inspection.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A graded area, by its code ({@code HELP_AND_PROTECTION}): which areas exist is data ({@link Frameworks}), and an
 * area shared by two frameworks keeps one code, so a council's judgements compare over time. The constants are the
 * areas code refers to by name (the report importer's readers); any other code is checked against the frameworks.
 */
public record JudgementArea(String code) {
    public static final JudgementArea OVERALL_EFFECTIVENESS = new JudgementArea("OVERALL_EFFECTIVENESS");
    public static final JudgementArea IMPACT_OF_LEADERS = new JudgementArea("IMPACT_OF_LEADERS");
    public static final JudgementArea HELP_AND_PROTECTION = new JudgementArea("HELP_AND_PROTECTION");
    public static final JudgementArea CHILDREN_IN_CARE_AND_CARE_LEAVERS =
            new JudgementArea("CHILDREN_IN_CARE_AND_CARE_LEAVERS");
    public static final JudgementArea CHILDREN_IN_CARE = new JudgementArea("CHILDREN_IN_CARE");
    public static final JudgementArea CARE_LEAVERS = new JudgementArea("CARE_LEAVERS");
    public static final JudgementArea CHILDREN_LOOKED_AFTER_AND_PERMANENCE =
            new JudgementArea("CHILDREN_LOOKED_AFTER_AND_PERMANENCE");
    public static final JudgementArea ADOPTION_PERFORMANCE = new JudgementArea("ADOPTION_PERFORMANCE");
    public static final JudgementArea LEADERSHIP_MANAGEMENT_GOVERNANCE =
            new JudgementArea("LEADERSHIP_MANAGEMENT_GOVERNANCE");
    public static final JudgementArea LSCB = new JudgementArea("LSCB");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public JudgementArea {
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The code, shortened for a message when someone sent a very long one. */
    @Override
    public String toString() {
        return Codes.forMessage(code);
    }
}
