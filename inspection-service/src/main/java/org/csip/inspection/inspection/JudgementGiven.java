package org.csip.inspection.inspection;


/**
 * One judgement as events carry it: the codes ({@code area}, {@code grade}) and the words to show them in, so a
 * consumer needs neither the frameworks' data nor a call back to say "Care leavers: good".
 */
public record JudgementGiven(String area, String label, String grade, String gradeLabel) {

    static JudgementGiven of(Judgement judgement, Framework framework) {
        String label = framework == null ? judgement.area().code() : framework.labelOf(judgement.area());
        return new JudgementGiven(judgement.area().code(), label, judgement.grade().code(),
                framework == null ? judgement.grade().label() : framework.wordsFor(judgement.grade()));
    }
}
