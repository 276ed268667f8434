package org.csip.workforce.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** Payload of {@code csip.staff.joined.v1} and {@code csip.staff.left.v1}: the staff member after the change. */
public record StaffChanged(UUID staffId, String laCode, Agency agency, UUID teamId, String reference, StaffRole role,
                           Contract contract, BigDecimal fte, boolean caseHolder, boolean coversVacancy,
                           LocalDate startDate, LocalDate leftOn, LeaveReason leaveReason) {

    static StaffChanged of(StaffMember member, String laCode) {
        return new StaffChanged(member.id, laCode, member.agency, member.teamId, member.reference, member.role,
                member.contract, member.fte, member.caseHolder, member.coversVacancy, member.startDate, member.leftOn,
                member.leaveReason);
    }
}
