package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;

/**
 * docs/domain.md §2 for publishing, with the framework's data deciding: a graded inspection carries a grade from the
 * framework's scale for each of its required areas (the overall grade among them where the framework forms one),
 * optional areas if graded, nothing else; an ungraded one carries none. Each refusal names the field and rule.
 */
public final class JudgementRules {
    private JudgementRules() {
    }

    /** The framework the judgements were checked against; throws a 400 or 409 problem when they break a rule. */
    public static Framework check(InspectionType type, LocalDate onSiteStart, List<Judgement> judgements) {
        Framework framework = Frameworks.require(type, onSiteStart);
        if (!framework.graded()) {
            if (!judgements.isEmpty()) {
                throw ProblemException.invalidField("judgements", "a " + type + " is ungraded and takes no"
                        + " judgements");
            }
            return framework;
        }
        Set<JudgementArea> seen = new HashSet<>();
        for (int i = 0; i < judgements.size(); i++) {
            Judgement judgement = judgements.get(i);
            JudgementArea area = judgement.area();
            if (!framework.grades(area)) {
                throw ProblemException.invalidField("judgements[" + i + "].area", area + " is not judged under "
                        + framework.name() + "; its areas are " + names(framework.areaCodes()));
            }
            if (!seen.add(area)) {
                throw ProblemException.invalidField("judgements[" + i + "].area", area + " is graded twice");
            }
            if (!framework.allows(judgement.grade())) {
                throw ProblemException.invalidField("judgements[" + i + "].grade", judgement.grade() + " is not a grade"
                        + " under " + framework.name() + "; its grades are " + grades(framework));
            }
            if (area.equals(framework.overall()) && framework.rank(judgement.grade()) == 0) {
                throw ProblemException.invalidField("judgements[" + i + "].grade", "the overall grade must be one of "
                        + framework.scale().stream().map(Grade::code).collect(Collectors.joining(", ")));
            }
        }
        Set<JudgementArea> missing = new LinkedHashSet<>(framework.requiredAreas());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            String overall = framework.hasOverallGrade() && missing.contains(framework.overall())
                    ? "a graded inspection needs the " + framework.overall() + " grade; " : "";
            throw ProblemException.invalidField("judgements", overall + "missing " + names(missing) + ": "
                    + framework.name() + " grades " + names(framework.requiredAreas()));
        }
        return framework;
    }

    private static String names(Set<JudgementArea> areas) {
        return areas.stream().map(JudgementArea::code).collect(Collectors.joining(", "));
    }

    private static String grades(Framework framework) {
        return java.util.stream.Stream.concat(framework.scale().stream(), framework.unranked().stream())
                .map(Grade::code).collect(Collectors.joining(", "));
    }
}
