package org.csip.actionplan.finding;

import java.util.UUID;

/** A known finding as the API shows it. */
public record KnownFindingView(UUID findingId, UUID inspectionId, String laCode, String inspectionType, int sequence,
                               String kind, String area, String text) {

    public static KnownFindingView of(KnownFinding finding) {
        return new KnownFindingView(finding.findingId, finding.inspectionId, finding.laCode, finding.inspectionType,
                finding.sequence, finding.kind, finding.area, finding.text);
    }
}
