package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code csip.inspection.notified.v1}: Ofsted has told a council it is coming. */
public record InspectionNotified(UUID inspectionId, String laCode, InspectionType type, boolean graded,
                                 LocalDate notifiedDate, LocalDate onSiteStart, LocalDate onSiteEnd,
                                 String leadInspector, String theme) {

    public static final String TYPE = "csip.inspection.notified.v1";

    static InspectionNotified of(Inspection inspection) {
        return new InspectionNotified(inspection.id, inspection.laCode, inspection.type, inspection.type.graded(),
                inspection.notifiedDate, inspection.onSiteStart, inspection.onSiteEnd, inspection.leadInspector,
                inspection.theme);
    }
}
