package org.csip.workforce.staff;

/** A children's social work role (DfE workforce census categories). */
public enum StaffRole {
    SOCIAL_WORKER, SENIOR_PRACTITIONER, TEAM_MANAGER, PRINCIPAL_SOCIAL_WORKER, OTHER
}
