package org.csip.workforce.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The workforce formulas against the DfE's published statistics: the raw columns of every council and year of
 * {@code csww_indicators_2017_to_2023.csv} go through the metric code and must give the published rates.
 */
class WorkforceFormulasTest {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
    /** Published FTEs are rounded to 0.1; counts (cases) are exact. */
    private static final BigDecimal FTE_ROUNDING = new BigDecimal("0.05");

    /** One published rate, the two published columns it is computed from, and how. */
    record Check(String published, String numerator, String denominator, boolean exactNumerator,
                 java.util.function.BiFunction<BigDecimal, BigDecimal, Optional<BigDecimal>> formula) {
    }

    static final List<Check> CHECKS = List.of(
            new Check("turnover_rate_fte", "leavers_fte", "inpost_fte", false, WorkforceFormulas::turnoverRate),
            new Check("vacancy_rate_fte", "vacancy_fte", "inpost_fte", false, WorkforceFormulas::vacancyRate),
            new Check("agency_rate_fte", "agency_fte", "inpost_fte", false, WorkforceFormulas::agencyRate),
            new Check("agency_cover_rate_fte", "agency_cover_fte", "agency_fte", false, WorkforceFormulas::agencyCoverRate),
            new Check("vacancy_agency_cover_rate_fte", "agency_cover_fte", "vacancy_fte", false,
                    WorkforceFormulas::vacancyAgencyCoverRate),
            new Check("caseload_fte", "cases", "case_holders_fte", true, WorkforceFormulas::caseload));

    @Test
    void stHelens2019GivesThePublishedFigures() {
        assertThat(WorkforceFormulas.turnoverRate(bd("34.6"), bd("124.9"))).contains(bd("27.7"));
        assertThat(WorkforceFormulas.agencyRate(bd("49"), bd("124.9"))).contains(bd("28.2"));
        assertThat(WorkforceFormulas.vacancyRate(bd("42"), bd("124.9"))).contains(bd("25.2"));
        assertThat(WorkforceFormulas.caseload(bd("1954"), bd("99.3"))).contains(bd("19.7"));
    }

    @Test
    void aZeroDenominatorGivesNoFigureRatherThanZero() {
        assertThat(WorkforceFormulas.turnoverRate(bd("3"), BigDecimal.ZERO)).isEmpty();
        assertThat(WorkforceFormulas.vacancyAgencyCoverRate(BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
        assertThat(WorkforceFormulas.vacancyRate(BigDecimal.ZERO, bd("10"))).contains(new BigDecimal("0.0"));
    }

    @Test
    void everyCouncilAndYearOfThePublishedStatisticsIsReproduced() throws Exception {
        List<Map<String, String>> councils = readStatistics().stream()
                .filter(row -> "Local authority".equals(row.get("geographic_level"))).toList();
        int checked = 0;
        int matched = 0;
        List<String> explainedByRounding = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map<String, String> row : councils) {
            for (Check check : CHECKS) {
                BigDecimal published = number(row.get(check.published()));
                BigDecimal a = number(row.get(check.numerator()));
                BigDecimal b = number(row.get(check.denominator()));
                if (published == null || a == null || b == null) {
                    continue; // a flag (c, x, z, u, low) or blank: nothing published to compare
                }
                Optional<BigDecimal> computed = check.formula().apply(a, b);
                if (computed.isEmpty()) {
                    continue;
                }
                checked++;
                String what = row.get("time_period") + " " + row.get("la_name") + " " + check.published() + ": "
                        + check.numerator() + " " + a + ", " + check.denominator() + " " + b + " -> " + computed.get()
                        + ", published " + published;
                if (computed.get().subtract(published).abs().compareTo(TOLERANCE) <= 0) {
                    matched++;
                } else if (withinRoundingOfInputs(check, a, b, published)) {
                    explainedByRounding.add(what);
                } else {
                    unexplained.add(what);
                }
            }
        }
        System.out.printf("Formula check: %d councils-years, %d rates checked, %d match to 0.1, %d differ but lie"
                + " within the rounding of the published inputs, %d unexplained%n", councils.size(), checked, matched,
                explainedByRounding.size(), unexplained.size());
        explainedByRounding.forEach(line -> System.out.println("  rounding: " + line));
        assertThat(unexplained).isEmpty();
        assertThat(checked).isEqualTo(6238);
        assertThat(matched).isEqualTo(6204);
    }

    /**
     * Whether the published rate is reachable when the published inputs are taken as the rounded figures they are
     * (±0.05 FTE): the DfE computes from unrounded FTEs.
     */
    private static boolean withinRoundingOfInputs(Check check, BigDecimal a, BigDecimal b, BigDecimal published) {
        BigDecimal da = check.exactNumerator() ? BigDecimal.ZERO : FTE_ROUNDING;
        List<BigDecimal> corners = new ArrayList<>();
        for (BigDecimal x : List.of(a.subtract(da).max(BigDecimal.ZERO), a.add(da))) {
            for (BigDecimal y : List.of(b.subtract(FTE_ROUNDING), b.add(FTE_ROUNDING))) {
                check.formula().apply(x, y).ifPresent(corners::add);
            }
        }
        BinaryOperator<BigDecimal> min = BigDecimal::min;
        BinaryOperator<BigDecimal> max = BigDecimal::max;
        BigDecimal low = corners.stream().reduce(min).orElseThrow().subtract(TOLERANCE);
        BigDecimal high = corners.stream().reduce(max).orElseThrow().add(TOLERANCE);
        return published.compareTo(low) >= 0 && published.compareTo(high) <= 0;
    }

    private static List<Map<String, String>> readStatistics() throws Exception {
        try (InputStream in = WorkforceFormulasTest.class.getResourceAsStream("/data/dfe/csww_indicators_2017_to_2023.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                return rows.readAll();
            }
        }
    }

    private static BigDecimal number(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException flag) {
            return null;
        }
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
