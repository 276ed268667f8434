package org.csip.actionplan.coverage;

import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.action.Rag;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.common.security.Addressee;
import org.csip.common.security.Agency;

/** One finding, whom it tells to act, and the open or completed actions that address it. */
public record FindingCoverage(UUID findingId, UUID inspectionId, String laCode, String inspectionType, int sequence,
                              String kind, String area, String text, List<Addressee> addressedTo, boolean covered,
                              List<Answer> actions) {

    static FindingCoverage of(KnownFinding finding, List<Answer> actions) {
        return new FindingCoverage(finding.findingId, finding.inspectionId, finding.laCode, finding.inspectionType,
                finding.sequence, finding.kind, finding.area, finding.text, List.copyOf(finding.addressees()),
                !actions.isEmpty(), actions);
    }

    /** An action addressing the finding, and the plan it belongs to. */
    public record Answer(UUID actionId, UUID planId, String title, Agency leadAgency, ActionStatus status, Rag rag) {
    }
}
