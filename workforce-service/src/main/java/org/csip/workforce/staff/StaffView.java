package org.csip.workforce.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A staff member as the API shows them (their events carry {@link StaffChanged}). */
public record StaffView(UUID id, String reference, UUID teamId, Agency agency, StaffRole role, Contract contract,
                        BigDecimal fte, boolean caseHolder, boolean coversVacancy, LocalDate startDate,
                        LocalDate leftOn, LeaveReason leaveReason, String leaveNote, int version) {

    public static StaffView of(StaffMember member) {
        return new StaffView(member.id, member.reference, member.teamId, member.agency, member.role, member.contract,
                member.fte, member.caseHolder, member.coversVacancy, member.startDate, member.leftOn,
                member.leaveReason, member.leaveNote, member.version);
    }
}
