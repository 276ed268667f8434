package org.csip.inspection.inspection;

import java.time.LocalDate;

/** The list filters of {@code GET /api/inspections}; the date range applies to when the visit happened. */
public record InspectionFilter(String laCode, InspectionType type, InspectionStatus status, LocalDate from,
                               LocalDate to) {
}
