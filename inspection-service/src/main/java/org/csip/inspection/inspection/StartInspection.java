package org.csip.inspection.inspection;

import java.time.LocalDate;

/** Inspectors have arrived: the fieldwork start, if not already recorded. */
public record StartInspection(LocalDate onSiteStart) {
}
