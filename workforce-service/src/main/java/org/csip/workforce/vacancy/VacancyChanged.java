package org.csip.workforce.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;
import org.csip.workforce.staff.StaffRole;

/** Payload of {@code csip.vacancy.opened.v1} and {@code csip.vacancy.filled.v1}. */
public record VacancyChanged(UUID vacancyId, String laCode, Agency agency, UUID teamId, StaffRole role, BigDecimal fte,
                             LocalDate openedOn, VacancyStatus status, UUID filledBy, LocalDate filledOn,
                             Long timeToHireDays) {

    static VacancyChanged of(Vacancy vacancy, String laCode) {
        return new VacancyChanged(vacancy.id, laCode, vacancy.agency, vacancy.teamId, vacancy.role, vacancy.fte,
                vacancy.openedOn, vacancy.status, vacancy.filledBy, vacancy.filledOn, vacancy.timeToHireDays());
    }
}
