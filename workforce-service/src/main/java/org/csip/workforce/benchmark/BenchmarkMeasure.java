package org.csip.workforce.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A published measure CSIP sets a council beside England, its region and its statistical neighbours: which
 * file and column it comes from (and, for files that stack several series, which rows), its unit and which way
 * is better.
 */
public enum BenchmarkMeasure {
    TURNOVER_RATE(Dataset.CSWW, "turnover_rate_fte", null, null, "Social worker turnover rate (FTE)", "%", false),
    VACANCY_RATE(Dataset.CSWW, "vacancy_rate_fte", null, null, "Social worker vacancy rate (FTE)", "%", false),
    AGENCY_RATE(Dataset.CSWW, "agency_rate_fte", null, null, "Agency social worker rate (FTE)", "%", false),
    AGENCY_COVER_RATE(Dataset.CSWW, "agency_cover_rate_fte", null, null,
            "Agency workers covering vacancies, as a share of agency workers (FTE)", "%", null),
    VACANCY_AGENCY_COVER_RATE(Dataset.CSWW, "vacancy_agency_cover_rate_fte", null, null,
            "Vacancies covered by agency workers (FTE)", "%", null),
    CASELOAD(Dataset.CSWW, "caseload_fte", null, null, "Average caseload per case-holding social worker (FTE)",
            "cases", false),
    ABSENCE_RATE(Dataset.CSWW, "absence_rate_fte", null, null, "Social worker sickness absence rate (FTE)", "%", false),
    CLA_RATE(Dataset.CLA, "rate_per_10000", "population_count", "Children looked after at 31 March each year",
            "Children looked after per 10,000 children", "per 10,000", null),
    CLA_STARTS_RATE(Dataset.CLA, "rate_per_10000", "population_count", "Children starting to be looked after each year",
            "Children starting to be looked after per 10,000 children", "per 10,000", null),
    REFERRALS_RATE(Dataset.REFERRALS, "Referrals_rate", null, null, "Referrals per 10,000 children", "per 10,000", null),
    RE_REFERRAL_RATE(Dataset.REFERRALS, "Re_referrals_percent", null, null,
            "Re-referrals within 12 months (% of referrals)", "%", false),
    CIN_RATE(Dataset.CHILDREN_IN_NEED, "At31_episodes_rate", null, null, "Children in need at 31 March per 10,000 children",
            "per 10,000", null);

    private final Dataset dataset;
    private final String column;
    private final String filterColumn;
    private final String filterValue;
    private final String label;
    private final String unit;
    /** True when higher is better, false when lower is, null when neither (a rate of need, not of performance). */
    private final Boolean higherIsBetter;

    BenchmarkMeasure(Dataset dataset, String column, String filterColumn, String filterValue, String label,
                     String unit, Boolean higherIsBetter) {
        this.dataset = dataset;
        this.column = column;
        this.filterColumn = filterColumn;
        this.filterValue = filterValue;
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Dataset dataset() {
        return dataset;
    }

    public String column() {
        return column;
    }

    public String filterColumn() {
        return filterColumn;
    }

    /** Whether a row of the dataset belongs to this measure's series. */
    boolean selects(java.util.Map<String, String> row) {
        return filterColumn == null || filterValue.equals(row.get(filterColumn));
    }

    public String label() {
        return label;
    }

    /**
     * Whether a figure is a share of a whole, so at most 100: the workforce rates are; agency cover is a ratio (agency
     * workers to vacancies) that passes 100 where agency workers outnumber vacancies (120 and 234 in the DfE's file).
     */
    boolean isShare() {
        return "%".equals(unit) && !name().contains("COVER");
    }

    public String unit() {
        return unit;
    }

    public Boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The name used in the API ({@code turnover_rate}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BenchmarkMeasure> named(String key) {
        String wanted = key == null ? "" : key.trim();
        return Arrays.stream(values()).filter(m -> m.key().equalsIgnoreCase(wanted)).findFirst();
    }
}
