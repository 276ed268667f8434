package org.csip.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.csip.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JudgementRulesTest {
    private static final LocalDate SEPT_2019 = LocalDate.of(2019, 9, 23);
    private static final LocalDate MAY_2026 = LocalDate.of(2026, 4, 27);

    @Test
    void theFrameworkFollowsTheTypeAndWhenFieldworkBegan() {
        assertThat(code(InspectionType.STANDARD, LocalDate.of(2022, 12, 31))).isEqualTo("ILACS_2018");
        assertThat(code(InspectionType.SHORT, LocalDate.of(2023, 1, 1))).isEqualTo("ILACS_2023");
        assertThat(code(InspectionType.SHORT, LocalDate.of(2026, 3, 31))).isEqualTo("ILACS_2023");
        assertThat(code(InspectionType.SHORT, LocalDate.of(2026, 4, 1))).isEqualTo("ILACS_2026");
        assertThat(code(InspectionType.STANDARD, LocalDate.of(4000, 1, 1))).isEqualTo("ILACS_2026");
        assertThat(code(InspectionType.SIF, LocalDate.of(2014, 11, 5))).isEqualTo("SIF");
        assertThat(code(InspectionType.JTAI, SEPT_2019)).isEqualTo("UNGRADED");
        assertThat(code(InspectionType.MONITORING_VISIT, null)).isEqualTo("UNGRADED");
        assertThat(Frameworks.get("ILACS_2018").requiredAreas()).hasSize(4);
        assertThat(Frameworks.get("ILACS_2023").requiredAreas()).hasSize(5);
        assertThat(Frameworks.get("SIF").requiredAreas()).hasSize(6);
        assertThat(Frameworks.get("SIF").areas()).hasSize(7);
        assertThat(Frameworks.get("SIF").grades(JudgementArea.LSCB)).isTrue();
    }

    @Test
    void ilacsFromApril2026HasFourSubJudgementsAndNoOverallGrade() {
        Framework ilacs2026 = Frameworks.get("ILACS_2026");
        assertThat(ilacs2026.hasOverallGrade()).isFalse();
        assertThat(ilacs2026.grades(JudgementArea.OVERALL_EFFECTIVENESS)).isFalse();
        assertThat(ilacs2026.requiredAreas()).containsExactly(JudgementArea.IMPACT_OF_LEADERS,
                JudgementArea.HELP_AND_PROTECTION, JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);
        List<Judgement> four = List.of(new Judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD),
                new Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD),
                new Judgement(JudgementArea.CHILDREN_IN_CARE, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD));
        assertThat(JudgementRules.check(InspectionType.SHORT, MAY_2026, four).code()).isEqualTo("ILACS_2026");

        List<Judgement> withOverall = new java.util.ArrayList<>(four);
        withOverall.add(new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD));
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.SHORT, MAY_2026, withOverall))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("judgements[4].area", "OVERALL_EFFECTIVENESS is not judged",
                            "no overall effectiveness grade");
                });
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.SHORT, MAY_2026, four.subList(0, 3)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage())
                        .contains("missing CARE_LEAVERS").doesNotContain("OVERALL"));
    }

    @Test
    void everyRequiredAreaOfTheFrameworkIsNeededAndNoOther() {
        List<Judgement> complete = List.of(
                new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE),
                new Judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.INADEQUATE));
        assertThat(JudgementRules.check(InspectionType.STANDARD, SEPT_2019, complete).code()).isEqualTo("ILACS_2018");

        assertRefused(InspectionType.STANDARD, complete.subList(1, 4), 400, "OVERALL_EFFECTIVENESS");
        assertRefused(InspectionType.STANDARD, complete.subList(0, 3), 400, "missing CHILDREN_IN_CARE_AND_CARE_LEAVERS");
        assertRefused(InspectionType.STANDARD, List.of(complete.get(0), complete.get(0)), 400, "graded twice");
        assertRefused(InspectionType.FOCUSED_VISIT, complete.subList(0, 1), 400, "ungraded");
        assertThat(JudgementRules.check(InspectionType.PEER_REVIEW, SEPT_2019, List.of()).code()).isEqualTo("UNGRADED");
    }

    @Test
    void gradesComeFromTheFrameworksScaleAndTheOverallGradeIsRanked() {
        List<Judgement> notJudgedOverall = List.of(
                new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.NOT_JUDGED),
                new Judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD),
                new Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD),
                new Judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD));
        assertRefused(InspectionType.STANDARD, notJudgedOverall, 400, "judgements[0].grade");
        List<Judgement> superb = List.of(new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, new Grade("SUPERB")));
        assertRefused(InspectionType.STANDARD, superb, 400, "SUPERB is not a grade");
        // A hostile 1 MB code is named in the refusal, cut short, never echoed whole.
        String huge = "X".repeat(1_000_000);
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.STANDARD, SEPT_2019,
                List.of(new Judgement(new JudgementArea(huge), Grade.GOOD))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(800));
    }

    @Test
    void aSifInspectionMayCarryTheBoardsGradeAndAnAreaNotJudged() {
        List<Judgement> sif = List.of(
                new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.ADOPTION_PERFORMANCE, Grade.NOT_JUDGED),
                new Judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD),
                new Judgement(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.REQUIRES_IMPROVEMENT));
        LocalDate nov2014 = LocalDate.of(2014, 11, 5);
        assertThat(JudgementRules.check(InspectionType.SIF, nov2014, sif).code()).isEqualTo("SIF");
        List<Judgement> withBoard = new java.util.ArrayList<>(sif);
        withBoard.add(new Judgement(JudgementArea.LSCB, Grade.GOOD));
        assertThat(JudgementRules.check(InspectionType.SIF, nov2014, withBoard).code()).isEqualTo("SIF");
    }

    @Test
    void typesOutsideTheirFrameworksDatesAreAConflictNamingTheFrameworks() {
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.SHORT, LocalDate.of(2017, 12, 31), List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("ILACS_2018 (from 2018-01-01 to 2022-12-31)",
                            "ILACS_2026 (from 2026-04-01 onwards)");
                });
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.SIF, LocalDate.of(2019, 1, 1), List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    private static String code(InspectionType type, LocalDate onSiteStart) {
        return Frameworks.of(type, onSiteStart).map(Framework::code).orElse(null);
    }

    private static void assertRefused(InspectionType type, List<Judgement> judgements, int status, String words) {
        assertThatThrownBy(() -> JudgementRules.check(type, SEPT_2019, judgements))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(words);
                });
    }
}
