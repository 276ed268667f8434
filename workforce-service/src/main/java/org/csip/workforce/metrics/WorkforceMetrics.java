package org.csip.workforce.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/**
 * An agency's (or one team's) workforce as at a date, in the DfE's terms (docs/domain.md §2): the FTE counts and the
 * rates computed from them. A rate is null when its denominator is zero.
 */
public record WorkforceMetrics(String laCode, Agency agency, UUID teamId, LocalDate asOf, BigDecimal inPostFte,
                               BigDecimal agencyFte, BigDecimal agencyCoverFte, BigDecimal vacancyFte,
                               BigDecimal leaversFte, Integer cases, BigDecimal caseHolderFte,
                               BigDecimal turnoverRate, BigDecimal vacancyRate, BigDecimal agencyRate,
                               BigDecimal agencyCoverRate, BigDecimal vacancyAgencyCoverRate, BigDecimal caseload) {
}
