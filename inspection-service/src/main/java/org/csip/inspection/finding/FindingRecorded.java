package org.csip.inspection.finding;

import java.util.List;
import java.util.UUID;
import org.csip.common.security.Addressee;
import org.csip.inspection.inspection.Inspection;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Payload of {@code csip.finding.recorded.v1}: a finding a plan must answer (or a strength), and whom it tells to act
 * ({@code addressedTo}, added compatibly: a consumer reading an event without it takes the council). A finding of a
 * force's inspection names no {@code laCode} but the force's {@code councils} (added compatibly with it).
 */
public record FindingRecorded(UUID findingId, UUID inspectionId, String laCode, InspectionType inspectionType,
                              int sequence, FindingKind kind, JudgementArea area, String text,
                              List<Addressee> addressedTo, java.util.Set<String> councils) {

    public static FindingRecorded of(Finding finding, Inspection inspection) {
        return new FindingRecorded(finding.id, inspection.id, inspection.laCode, inspection.type, finding.sequence,
                finding.kind, finding.area == null ? null : new JudgementArea(finding.area), finding.text,
                List.copyOf(finding.addressees()), inspection.councilSet());
    }
}
