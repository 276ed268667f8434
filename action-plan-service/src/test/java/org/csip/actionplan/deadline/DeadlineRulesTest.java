package org.csip.actionplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules file is checked as it is read: a broken edit names the rule and the fault. */
class DeadlineRulesTest {
    private static final String SOURCE = "\"source\": \"Education and Inspections Act 2006, s.137(3), and the framework.\"";

    @Test
    void theProjectsRulesAreWholeAndEachCitesItsSource() {
        assertThat(DeadlineRules.all()).extracting(DeadlineRule::code).contains("ACTION_PLAN_AFTER_INADEQUATE",
                "DRAFT_PLAN_AFTER_PRIORITY_ACTIONS", "FINAL_PLAN_AFTER_PRIORITY_ACTIONS", "WRITTEN_STATEMENT_AFTER_JTAI",
                "ADVISER_REVIEW", "MONITORING_VISIT_EXPECTED", "REINSPECTION_AFTER_INADEQUATE");
        assertThat(DeadlineRules.all()).allSatisfy(rule -> assertThat(rule.source()).hasSizeGreaterThan(40));
    }

    @Test
    void aBrokenRuleStopsTheStartNamingTheRuleAndTheFault() throws Exception {
        String good = """
                {"code": "X_PLAN", "title": "A plan", "owner": "COUNCIL", "kind": "DUE",
                 "after": {"event": "INSPECTION_PUBLISHED", "inspectionTypes": ["STANDARD"]},
                 "within": {"amount": 70, "unit": "WORKING_DAYS"}, "metBy": "PLAN_SUBMITTED", %s}""".formatted(SOURCE);
        assertThat(check(good)).hasSize(1);
        assertThatThrownBy(() -> check(good + ", " + good)).hasMessageContaining("X_PLAN").hasMessageContaining("twice");
        assertThatThrownBy(() -> check(good.replace(SOURCE, "\"source\": \"\""))).hasMessageContaining("X_PLAN")
                .hasMessageContaining("source");
        assertThatThrownBy(() -> check(good.replace("\"STANDARD\"", "\"ILACS\""))).hasMessageContaining("X_PLAN")
                .hasMessageContaining("inspectionTypes");
        assertThatThrownBy(() -> check(good.replace("\"amount\": 70", "\"amount\": 0"))).hasMessageContaining("X_PLAN")
                .hasMessageContaining("within.amount");
        assertThatThrownBy(() -> check(good.replace("\"amount\": 70, \"unit\": \"WORKING_DAYS\"",
                "\"unit\": \"REVIEW_CADENCE\""))).hasMessageContaining("cadence");
        assertThatThrownBy(() -> check(good.replace("\"kind\": \"DUE\"", "\"kind\": \"SOON\"")))
                .hasMessageContaining("SOON");
        // A report may set the date: the rule must say, in its inspectorate's words, how the period counts.
        assertThatThrownBy(() -> check(good.replace("\"metBy\"", "\"reportMaySet\": true, \"metBy\"")))
                .hasMessageContaining("X_PLAN").hasMessageContaining("reportDateNote");
        assertThat(check(good.replace("\"metBy\"", "\"reportMaySet\": true, \"reportDateNote\": \"the letter sets"
                + " it\", \"metBy\""))).singleElement().extracting(DeadlineRule::reportDateNote).isEqualTo("the letter sets it");
        assertThatThrownBy(() -> check(good.replace("\"metBy\"", "\"reportDateNote\": \"the letter sets it\","
                + " \"metBy\""))).hasMessageContaining("reportDateNote");
        assertThatThrownBy(() -> check("")).hasMessageContaining("no rules");
    }

    private static List<DeadlineRule> check(String rules) throws Exception {
        return DeadlineRules.check(DeadlineRules.parse(("{\"rules\": [" + rules + "]}").getBytes(StandardCharsets.UTF_8)));
    }
}
