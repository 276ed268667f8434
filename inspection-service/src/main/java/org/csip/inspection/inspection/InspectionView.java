package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inspection as the API shows it. {@code laCode} is null for an inspection of an organisation ({@code organisation},
 * a force), which concerns all its {@code councils}; {@code inspectorates} are the codes of who carried it out.
 */
public record InspectionView(UUID id, String laCode, InspectionType type, InspectionStatus status,
                             LocalDate notifiedDate, LocalDate onSiteStart, LocalDate onSiteEnd,
                             LocalDate publishedDate, String framework, Grade overallGrade,
                             List<Judgement> judgements, String leadInspector, String theme, String reportUrl,
                             String withdrawnReason, int version, LocalDate responseDue, String organisation,
                             java.util.Set<String> councils, List<String> inspectorates) {

    public static InspectionView of(Inspection inspection) {
        return new InspectionView(inspection.id, inspection.laCode, inspection.type, inspection.status,
                inspection.notifiedDate, inspection.onSiteStart, inspection.onSiteEnd, inspection.publishedDate,
                inspection.framework, inspection.overallGrade(), inspection.judgementList(), inspection.leadInspector,
                inspection.theme, inspection.reportUrl, inspection.withdrawnReason, inspection.version,
                inspection.responseDue, inspection.organisation, inspection.councilSet(),
                inspection.inspectorateList());
    }
}
