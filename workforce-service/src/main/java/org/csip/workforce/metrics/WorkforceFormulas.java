package org.csip.workforce.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The DfE's children's social work workforce measures (docs/domain.md §2), computed as the DfE publishes them: to one
 * decimal place, and nothing (rather than a made-up zero) when the denominator is zero. Checked against every
 * council and year of the published statistics (WorkforceFormulasTest).
 */
public final class WorkforceFormulas {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private WorkforceFormulas() {
    }

    /** Leavers FTE in the 12 months ÷ in-post FTE × 100. */
    public static Optional<BigDecimal> turnoverRate(BigDecimal leaversFte, BigDecimal inPostFte) {
        return percent(leaversFte, inPostFte);
    }

    /** Vacancies FTE ÷ (vacancies FTE + in-post FTE) × 100. */
    public static Optional<BigDecimal> vacancyRate(BigDecimal vacancyFte, BigDecimal inPostFte) {
        return percent(vacancyFte, vacancyFte.add(inPostFte));
    }

    /** Agency FTE ÷ (agency FTE + in-post FTE) × 100. */
    public static Optional<BigDecimal> agencyRate(BigDecimal agencyFte, BigDecimal inPostFte) {
        return percent(agencyFte, agencyFte.add(inPostFte));
    }

    /**
     * The share of agency workers who cover a vacancy: agency FTE covering vacancies ÷ agency FTE × 100 — the DfE's
     * {@code agency_cover_rate_fte}.
     */
    public static Optional<BigDecimal> agencyCoverRate(BigDecimal agencyCoverFte, BigDecimal agencyFte) {
        return percent(agencyCoverFte, agencyFte);
    }

    /**
     * The share of vacancies covered by agency workers: agency FTE covering vacancies ÷ vacancies FTE × 100 — the
     * DfE's {@code vacancy_agency_cover_rate_fte} (docs/domain.md calls this the agency cover rate).
     */
    public static Optional<BigDecimal> vacancyAgencyCoverRate(BigDecimal agencyCoverFte, BigDecimal vacancyFte) {
        return percent(agencyCoverFte, vacancyFte);
    }

    /** Cases ÷ case-holder FTE. */
    public static Optional<BigDecimal> caseload(BigDecimal cases, BigDecimal caseHolderFte) {
        return ratio(cases, caseHolderFte, BigDecimal.ONE);
    }

    /** Count ÷ children aged 0–17 × 10,000. */
    public static Optional<BigDecimal> ratePer10k(BigDecimal count, BigDecimal childrenAged0To17) {
        return ratio(count, childrenAged0To17, TEN_THOUSAND);
    }

    private static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        return ratio(part, whole, HUNDRED);
    }

    private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal scale) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(scale).divide(denominator, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP));
    }
}
