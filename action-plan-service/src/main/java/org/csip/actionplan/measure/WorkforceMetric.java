package org.csip.actionplan.measure;

/**
 * A DfE workforce measure (docs/domain.md §3) that the workforce-service publishes in its monthly
 * {@code csip.metrics.snapshot.v1}, named by the snapshot's field, so a plan's measure can be fed from it.
 */
public enum WorkforceMetric {
    CASELOAD("caseload"),
    TURNOVER_RATE("turnoverRate"),
    VACANCY_RATE("vacancyRate"),
    AGENCY_RATE("agencyRate"),
    /** Agency workers covering vacancies as a share of agency workers (the DfE's {@code agency_cover_rate_fte}). */
    AGENCY_COVER_RATE("agencyCoverRate"),
    /** Vacancies covered by agency workers (the DfE's {@code vacancy_agency_cover_rate_fte}). */
    VACANCY_AGENCY_COVER_RATE("vacancyAgencyCoverRate");

    private final String field;

    WorkforceMetric(String field) {
        this.field = field;
    }

    /** The field of the snapshot payload that carries it. */
    public String field() {
        return field;
    }
}
