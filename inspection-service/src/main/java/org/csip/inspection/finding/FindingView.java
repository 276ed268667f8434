package org.csip.inspection.finding;

import java.util.UUID;
import org.csip.inspection.inspection.JudgementArea;

/** A finding as the API shows it. */
public record FindingView(UUID id, UUID inspectionId, int sequence, FindingKind kind, JudgementArea area,
                          String text) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.id, finding.inspectionId, finding.sequence, finding.kind,
                finding.area == null ? null : new JudgementArea(finding.area),
                finding.text);
    }
}
