package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;

/**
 * DOMAIN.md §2 for publishing: a graded inspection carries the overall grade and every sub-judgement
 * of its framework, nothing else; an ungraded one carries none. Each refusal names the field and rule.
 */
public final class JudgementRules {
    private JudgementRules() {
    }

    /** The framework the judgements were checked against; throws a 400 or 409 problem when they break a rule. */
    public static Framework check(InspectionType type, LocalDate onSiteStart, List<Judgement> judgements) {
        if (type.graded() && type != InspectionType.SIF && onSiteStart.isBefore(Framework.ILACS_START)) {
            throw ProblemException.conflict("A " + type + " inspection is an ILACS inspection, and ILACS began in"
                    + " January 2018; record a graded inspection on site before then as SIF");
        }
        Framework framework = Framework.of(type, onSiteStart);
        if (!type.graded()) {
            if (!judgements.isEmpty()) {
                throw ProblemException.invalidField("judgements", "a " + type + " is ungraded and takes no"
                        + " judgements (DOMAIN.md §2)");
            }
            return framework;
        }
        Set<JudgementArea> seen = EnumSet.noneOf(JudgementArea.class);
        for (int i = 0; i < judgements.size(); i++) {
            JudgementArea area = judgements.get(i).area();
            if (!framework.areas().contains(area)) {
                throw ProblemException.invalidField("judgements[" + i + "].area", area + " is not judged under "
                        + framework.description() + "; its areas are " + names(framework.areas()));
            }
            if (!seen.add(area)) {
                throw ProblemException.invalidField("judgements[" + i + "].area", area + " is graded twice");
            }
        }
        if (!seen.contains(JudgementArea.OVERALL_EFFECTIVENESS)) {
            throw ProblemException.invalidField("judgements", "a graded inspection needs the"
                    + " OVERALL_EFFECTIVENESS grade (DOMAIN.md §2)");
        }
        Set<JudgementArea> missing = EnumSet.copyOf(framework.areas());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField("judgements", "missing " + names(missing) + ": "
                    + framework.description() + " grades " + names(framework.areas()));
        }
        return framework;
    }

    private static String names(Set<JudgementArea> areas) {
        return areas.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
