package org.csip.actionplan.finding;

import java.util.List;
import java.util.UUID;
import org.csip.common.security.Addressee;

/** A known finding as the API shows it, with whom it tells to act. */
public record KnownFindingView(UUID findingId, UUID inspectionId, String laCode, String inspectionType, int sequence,
                               String kind, String area, String text, List<Addressee> addressedTo) {

    public static KnownFindingView of(KnownFinding finding) {
        return new KnownFindingView(finding.findingId, finding.inspectionId, finding.laCode, finding.inspectionType,
                finding.sequence, finding.kind, finding.area, finding.text, List.copyOf(finding.addressees()));
    }
}
