package org.csip.workforce.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A caseload snapshot as the API shows it (its event is {@link CaseloadRecorded}). */
public record CaseloadView(UUID id, String laCode, UUID teamId, String teamName, Agency agency, String serviceArea,
                           LocalDate asOf, int cases, BigDecimal caseHolderFte, BigDecimal caseload,
                           BigDecimal threshold, boolean breached) {
}
