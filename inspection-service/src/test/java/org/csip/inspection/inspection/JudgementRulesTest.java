package org.csip.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.csip.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JudgementRulesTest {
    private static final LocalDate SEPT_2019 = LocalDate.of(2019, 9, 23);

    @Test
    void theFrameworkFollowsTheTypeAndWhenFieldworkBegan() {
        assertThat(Framework.of(InspectionType.STANDARD, LocalDate.of(2022, 12, 31))).isEqualTo(Framework.ILACS_2018);
        assertThat(Framework.of(InspectionType.SHORT, LocalDate.of(2023, 1, 1))).isEqualTo(Framework.ILACS_2023);
        assertThat(Framework.of(InspectionType.SIF, LocalDate.of(2014, 11, 5))).isEqualTo(Framework.SIF);
        assertThat(Framework.of(InspectionType.JTAI, SEPT_2019)).isEqualTo(Framework.UNGRADED);
        assertThat(Framework.ILACS_2018.areas()).hasSize(4);
        assertThat(Framework.ILACS_2023.areas()).hasSize(5);
        assertThat(Framework.SIF.areas()).hasSize(6);
    }

    @Test
    void everyAreaOfTheFrameworkIsNeededAndNoOther() {
        List<Judgement> complete = List.of(
                new Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE),
                new Judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
                new Judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.INADEQUATE));
        assertThat(JudgementRules.check(InspectionType.STANDARD, SEPT_2019, complete)).isEqualTo(Framework.ILACS_2018);

        assertRefused(InspectionType.STANDARD, complete.subList(1, 4), 400, "OVERALL_EFFECTIVENESS");
        assertRefused(InspectionType.STANDARD, complete.subList(0, 3), 400, "missing CHILDREN_IN_CARE_AND_CARE_LEAVERS");
        assertRefused(InspectionType.STANDARD, List.of(complete.get(0), complete.get(0)), 400, "graded twice");
        assertRefused(InspectionType.FOCUSED_VISIT, complete.subList(0, 1), 400, "ungraded");
        assertThat(JudgementRules.check(InspectionType.PEER_REVIEW, SEPT_2019, List.of())).isEqualTo(Framework.UNGRADED);
    }

    @Test
    void ilacsTypesBeforeIlacsBeganAreAConflict() {
        assertThatThrownBy(() -> JudgementRules.check(InspectionType.SHORT, LocalDate.of(2017, 12, 31), List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    private static void assertRefused(InspectionType type, List<Judgement> judgements, int status, String words) {
        assertThatThrownBy(() -> JudgementRules.check(type, SEPT_2019, judgements))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(words);
                });
    }
}
