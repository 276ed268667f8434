package org.csip.inspection.timeline;

import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.Judgement;
import org.csip.inspection.inspection.JudgementArea;

/**
 * One judgement as a timeline shows it, with the words to show it in: the area's name under its framework, and the
 * grade's place on the scale ({@code rank} 1 = best; 0 for "not judged", which is never plotted as a grade).
 */
public record TimelineJudgement(JudgementArea area, String label, String shortLabel, boolean overall, Grade grade,
                                String gradeLabel, int rank) {

    static TimelineJudgement of(Judgement judgement, Framework framework) {
        String shortLabel = framework.area(judgement.area()).map(Framework.Area::shortLabel)
                .orElse(judgement.area().code());
        return new TimelineJudgement(judgement.area(), framework.labelOf(judgement.area()), shortLabel,
                judgement.area().equals(framework.overall()),
                judgement.grade(), framework.wordsFor(judgement.grade()), framework.rank(judgement.grade()));
    }
}
