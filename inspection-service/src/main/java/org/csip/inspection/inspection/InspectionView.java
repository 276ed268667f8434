package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** An inspection as the API shows it. */
public record InspectionView(UUID id, String laCode, InspectionType type, InspectionStatus status,
                             LocalDate notifiedDate, LocalDate onSiteStart, LocalDate onSiteEnd,
                             String leadInspector, String theme, int version) {

    static InspectionView of(Inspection inspection) {
        return new InspectionView(inspection.id, inspection.laCode, inspection.type, inspection.status,
                inspection.notifiedDate, inspection.onSiteStart, inspection.onSiteEnd, inspection.leadInspector,
                inspection.theme, inspection.version);
    }
}
