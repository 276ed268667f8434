package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of every {@code csip.inspection.*.v1} event: the whole inspection as it stands after the change
 * (event-carried state), so a consumer needs no call back and may apply the latest version it sees.
 * {@code overallGraded} (null until published) says whether the framework forms an overall grade: when false,
 * {@code overallGrade} is null by design and {@code judgements} carry the whole picture (ILACS from April 2026).
 * {@code responseDue} (added compatibly in issue 23) is the date the report or letter sets for the written response;
 * {@code organisation}, {@code councils} and {@code inspectorates} (added compatibly with it) say whose it is — a
 * force's inspection has no {@code laCode} but the force and every council it covers — and who inspected.
 */
public record InspectionChanged(UUID inspectionId, String laCode, InspectionType type, boolean graded,
                                InspectionStatus status, LocalDate notifiedDate, LocalDate onSiteStart,
                                LocalDate onSiteEnd, LocalDate publishedDate, String framework,
                                Boolean overallGraded, Grade overallGrade, List<JudgementGiven> judgements,
                                String leadInspector, String theme, String reportUrl, String withdrawnReason,
                                int version, LocalDate responseDue, String organisation,
                                java.util.Set<String> councils, List<String> inspectorates) {

    public static InspectionChanged of(Inspection inspection) {
        Framework framework = inspection.frameworkRules().orElse(null);
        return new InspectionChanged(inspection.id, inspection.laCode, inspection.type, inspection.type.graded(),
                inspection.status, inspection.notifiedDate, inspection.onSiteStart, inspection.onSiteEnd,
                inspection.publishedDate, inspection.framework,
                framework == null ? null : framework.hasOverallGrade(), inspection.overallGrade(),
                inspection.judgementList().stream().map(j -> JudgementGiven.of(j, framework)).toList(),
                inspection.leadInspector, inspection.theme, inspection.reportUrl, inspection.withdrawnReason,
                inspection.version, inspection.responseDue, inspection.organisation, inspection.councilSet(),
                inspection.inspectorateList());
    }
}
