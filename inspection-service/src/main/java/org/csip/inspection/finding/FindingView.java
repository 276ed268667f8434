package org.csip.inspection.finding;

import java.util.List;
import java.util.UUID;
import org.csip.common.security.Addressee;
import org.csip.inspection.inspection.JudgementArea;

/** A finding as the API shows it, with whom it tells to act. */
public record FindingView(UUID id, UUID inspectionId, int sequence, FindingKind kind, JudgementArea area,
                          String text, List<Addressee> addressedTo) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.id, finding.inspectionId, finding.sequence, finding.kind,
                finding.area == null ? null : new JudgementArea(finding.area),
                finding.text, List.copyOf(finding.addressees()));
    }
}
