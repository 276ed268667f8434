package org.csip.inspection.inspection;

import static org.csip.inspection.inspection.JudgementArea.ADOPTION_PERFORMANCE;
import static org.csip.inspection.inspection.JudgementArea.CARE_LEAVERS;
import static org.csip.inspection.inspection.JudgementArea.CHILDREN_IN_CARE;
import static org.csip.inspection.inspection.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static org.csip.inspection.inspection.JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE;
import static org.csip.inspection.inspection.JudgementArea.HELP_AND_PROTECTION;
import static org.csip.inspection.inspection.JudgementArea.IMPACT_OF_LEADERS;
import static org.csip.inspection.inspection.JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.csip.inspection.inspection.JudgementArea.OVERALL_EFFECTIVENESS;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The judgement framework an inspection was graded under, which fixes the areas it must grade
 * (DOMAIN.md §1–§2): the SIF (2013–2017), ILACS before 2023 (three sub-judgements) and ILACS from
 * January 2023 (children in care and care leavers judged apart). Ungraded visits have none.
 */
public enum Framework {
    SIF("the single inspection framework (2013–2017)", EnumSet.of(OVERALL_EFFECTIVENESS, HELP_AND_PROTECTION,
            CHILDREN_LOOKED_AFTER_AND_PERMANENCE, ADOPTION_PERFORMANCE, CARE_LEAVERS, LEADERSHIP_MANAGEMENT_GOVERNANCE)),
    ILACS_2018("ILACS before January 2023", EnumSet.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION,
            CHILDREN_IN_CARE_AND_CARE_LEAVERS)),
    ILACS_2023("ILACS from January 2023", EnumSet.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION,
            CHILDREN_IN_CARE, CARE_LEAVERS)),
    UNGRADED("an ungraded visit", EnumSet.noneOf(JudgementArea.class));

    /** ILACS began in January 2018; from January 2023 it judges children in care and care leavers apart. */
    public static final LocalDate ILACS_START = LocalDate.of(2018, 1, 1);
    public static final LocalDate ILACS_2023_START = LocalDate.of(2023, 1, 1);

    private final String description;
    private final Set<JudgementArea> areas;

    Framework(String description, Set<JudgementArea> areas) {
        this.description = description;
        this.areas = Collections.unmodifiableSet(areas);
    }

    /** The framework of an inspection of this type whose fieldwork began on {@code onSiteStart}. */
    public static Framework of(InspectionType type, LocalDate onSiteStart) {
        if (!type.graded()) {
            return UNGRADED;
        }
        if (type == InspectionType.SIF) {
            return SIF;
        }
        return onSiteStart.isBefore(ILACS_2023_START) ? ILACS_2018 : ILACS_2023;
    }

    public Set<JudgementArea> areas() {
        return areas;
    }

    public String description() {
        return description;
    }
}
