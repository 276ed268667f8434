package org.csip.actionplan.coverage;

import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.action.Rag;
import org.csip.common.security.Agency;

/** One finding of the answered inspections and the open or completed actions that address it. */
public record FindingCoverage(UUID findingId, UUID inspectionId, String inspectionType, int sequence, String kind,
                              String area, String text, boolean covered, List<Answer> actions) {

    /** An action addressing the finding. */
    public record Answer(UUID actionId, String title, Agency leadAgency, ActionStatus status, Rag rag) {
    }
}
