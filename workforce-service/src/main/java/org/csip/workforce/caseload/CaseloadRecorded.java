package org.csip.workforce.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;
import org.csip.workforce.team.Team;

/**
 * Payload of {@code csip.caseload.recorded.v1} and {@code csip.caseload.threshold-breached.v1}: a team's caseload
 * snapshot against its service area's threshold — its own shape, so the API's can change without changing an event.
 * {@code id} is the snapshot (v1 named it so; a v2 would say {@code snapshotId}).
 */
public record CaseloadRecorded(UUID id, String laCode, UUID teamId, String teamName, Agency agency,
                               String serviceArea, LocalDate asOf, int cases, BigDecimal caseHolderFte,
                               BigDecimal caseload, BigDecimal threshold, boolean breached) {

    static CaseloadRecorded of(CaseloadSnapshot snapshot, Team team, String laCode) {
        return new CaseloadRecorded(snapshot.id, laCode, snapshot.teamId, team.name, snapshot.agency,
                team.serviceArea.name(), snapshot.asOf, snapshot.cases, snapshot.caseHolderFte, snapshot.caseload,
                snapshot.threshold, snapshot.breached);
    }
}
