package org.csip.actionplan.knowninspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A known inspection as the API shows it; {@code overallGrade} is null where its framework forms none. A force's
 * inspection has no {@code laCode}: its {@code organisation} and all its {@code councils}.
 */
public record KnownInspectionView(UUID inspectionId, String laCode, String type, boolean graded, String status,
                                  LocalDate notifiedDate, LocalDate onSiteStart, LocalDate onSiteEnd,
                                  LocalDate publishedDate, String overallGrade, Boolean overallGraded,
                                  List<KnownJudgement> judgements, String organisation,
                                  java.util.Set<String> councils) {

    static KnownInspectionView of(KnownInspection inspection) {
        return new KnownInspectionView(inspection.inspectionId, inspection.laCode, inspection.type,
                inspection.graded, inspection.status, inspection.notifiedDate, inspection.onSiteStart,
                inspection.onSiteEnd, inspection.publishedDate, inspection.overallGrade, inspection.overallGraded,
                inspection.judgementList(), inspection.organisation, inspection.councilSet());
    }
}
