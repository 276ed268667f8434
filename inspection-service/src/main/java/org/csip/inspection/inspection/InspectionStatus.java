package org.csip.inspection.inspection;

/** An inspection's life: {@code NOTIFIED → ON_SITE → PUBLISHED}, or {@code WITHDRAWN}. */
public enum InspectionStatus {
    NOTIFIED, ON_SITE, PUBLISHED, WITHDRAWN
}
