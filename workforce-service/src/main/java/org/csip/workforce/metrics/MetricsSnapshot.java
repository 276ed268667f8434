package org.csip.workforce.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/**
 * Payload of {@code csip.metrics.snapshot.v1}: an agency's workforce figures at a month end, as the action-plan
 * service's measures and the partners' feeds read them — its own shape, so the metrics API can change without
 * changing the event.
 */
public record MetricsSnapshot(String laCode, Agency agency, UUID teamId, LocalDate asOf, BigDecimal inPostFte,
                              BigDecimal agencyFte, BigDecimal agencyCoverFte, BigDecimal vacancyFte,
                              BigDecimal leaversFte, Integer cases, BigDecimal caseHolderFte,
                              BigDecimal turnoverRate, BigDecimal vacancyRate, BigDecimal agencyRate,
                              BigDecimal agencyCoverRate, BigDecimal vacancyAgencyCoverRate, BigDecimal caseload) {

    static MetricsSnapshot of(WorkforceMetrics figures) {
        return new MetricsSnapshot(figures.laCode(), figures.agency(), figures.teamId(), figures.asOf(),
                figures.inPostFte(), figures.agencyFte(), figures.agencyCoverFte(), figures.vacancyFte(),
                figures.leaversFte(), figures.cases(), figures.caseHolderFte(), figures.turnoverRate(),
                figures.vacancyRate(), figures.agencyRate(), figures.agencyCoverRate(),
                figures.vacancyAgencyCoverRate(), figures.caseload());
    }
}
