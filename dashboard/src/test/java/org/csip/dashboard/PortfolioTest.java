package org.csip.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csip.common.register.LocalAuthorityRegister;
import org.junit.jupiter.api.Test;

/** An adviser's portfolio of two councils, from recorded answers: each column read, sorted, written as CSV. */
class PortfolioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Viewer ADVISER = new Viewer("Adviser", Optional.empty(), Set.of("342", "344"),
            Set.of("improvement-adviser"), "Bearer t");

    private static RecordedServices twoCouncils() {
        RecordedServices upstream = new RecordedServices(503);
        upstream.answers.put("/api/local-authorities/342/timeline", """
                {"currentOverallGrade": "GOOD", "currentGradePublished": "2023-09-04", "interventionsInForce": []}""");
        upstream.answers.put("/api/plans?laCode=342", """
                [{"id": "p342", "title": "Plan 2019–2022", "status": "ACCEPTED"}]""");
        upstream.answers.put("/api/plans/p342/coverage", "{\"findings\": 8, \"covered\": 8}");
        upstream.answers.put("/api/actions?laCode=342&overdue=true&size=1", "[{}]");
        upstream.totals.put("/api/actions?laCode=342&overdue=true&size=1", "1");
        upstream.answers.put("/api/local-authorities/344/timeline", """
                {"currentOverallGrade": "INADEQUATE", "currentGradePublished": "2016-09-20", "interventionsInForce": [
                  {"type": "STATUTORY_DIRECTION", "startDate": "2016-11-01", "nextReviewDue": "2026-12-15"},
                  {"type": "IMPROVEMENT_NOTICE", "startDate": "2017-01-01", "nextReviewDue": "2026-12-08"}]}""");
        upstream.answers.put("/api/plans?laCode=344", """
                [{"id": "p344", "title": "=HYPERLINK(\\"x\\")", "status": "DRAFT"}]""");
        upstream.answers.put("/api/plans/p344/coverage", "{\"findings\": 19, \"covered\": 6}");
        upstream.answers.put("/api/actions?laCode=344&overdue=true&size=1", "[{}]");
        upstream.totals.put("/api/actions?laCode=344&overdue=true&size=1", "4");
        for (String council : List.of("342", "344")) {
            for (String measure : Portfolio.RATES) {
                upstream.answers.put("/api/benchmarks?laCode=" + council + "&measure=" + measure, """
                        {"years": [{"year": 2022, "council": {"value": 10.5}, "england": {"value": 17.1}},
                                   {"year": 2023, "council": {"value": %s}, "england": {"value": 16.4}},
                                   {"year": 2024, "council": {"value": null}, "england": {"value": 15.9}}]}"""
                        .formatted(council.equals("342") ? "12.5" : "21.0"));
            }
        }
        return upstream;
    }

    @Test
    void eachOverseenCouncilIsOneRowMostOverdueFirst() {
        RecordedServices upstream = twoCouncils();
        List<Portfolio.Row> rows = new Portfolio(upstream, JSON, new LocalAuthorityRegister()).rows(ADVISER, null);
        assertThat(rows).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        Portfolio.Row wirral = rows.get(0);
        assertThat(wirral.name()).isEqualTo("Wirral");
        assertThat(wirral.grade()).isEqualTo("Inadequate");
        assertThat(wirral.interventions()).isEqualTo("Statutory direction since 2016-11-01; Improvement notice since"
                + " 2017-01-01");
        assertThat(wirral.nextReviewDue()).isEqualTo("2026-12-08");
        assertThat(wirral.planStatus()).isEqualTo("Draft");
        assertThat(wirral.coveragePercent()).isEqualTo(32);
        assertThat(wirral.overdueActions()).isEqualTo(4);
        assertThat(wirral.dfeYear()).isEqualTo(2023);
        assertThat(wirral.turnoverRate()).isEqualTo(21.0);
        assertThat(wirral.turnoverEngland()).isEqualTo(16.4);
        assertThat(wirral.unavailable()).isEmpty();
        assertThat(rows.get(1).interventions()).isEqualTo("None");
        // Seven questions a council, however many councils: no per-action calls.
        assertThat(upstream.calls).hasSize(14);
    }

    @Test
    void everyColumnSortsAndAServiceThatDoesNotAnswerIsNamedNotFatal() {
        RecordedServices upstream = twoCouncils();
        Portfolio portfolio = new Portfolio(upstream, JSON, new LocalAuthorityRegister());
        assertThat(portfolio.rows(ADVISER, "council")).extracting(Portfolio.Row::name).containsExactly("St. Helens",
                "Wirral");
        assertThat(portfolio.rows(ADVISER, "grade")).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        assertThat(portfolio.rows(ADVISER, "coverage")).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        assertThat(portfolio.rows(ADVISER, "turnover")).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        assertThat(portfolio.rows(ADVISER, "review")).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        for (String unknown : new String[] {null, "", "OVERDUE", "name; drop", "x".repeat(1000)}) {
            assertThat(Portfolio.sortKey(unknown)).isEqualTo("overdue");
            assertThat(portfolio.rows(ADVISER, unknown)).extracting(Portfolio.Row::laCode).containsExactly("344", "342");
        }
        upstream.answers.remove("/api/local-authorities/342/timeline");
        Portfolio.Row stHelens = portfolio.rows(ADVISER, "council").get(0);
        assertThat(stHelens.grade()).isNull();
        assertThat(stHelens.unavailable()).containsExactly("inspection");
        assertThat(stHelens.overdueActions()).isEqualTo(1);
    }

    @Test
    void theCsvHasOneLineACouncilAndNeverAFormula() {
        String csv = PortfolioCsv.write(new Portfolio(twoCouncils(), JSON, new LocalAuthorityRegister())
                .rows(ADVISER, "council"));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("laCode,council,latestJudgement,judgementPublished,interventionsInForce,"
                + "nextReviewDue,plan,planStatus,findings,findingsAnswered,overdueActions");
        assertThat(lines.get(1)).startsWith("342,\"St. Helens\",Good,2023-09-04,None,,\"Plan 2019–2022\",Accepted,8,8,1,"
                + "2023,12.5,16.4");
        assertThat(lines.get(2)).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
