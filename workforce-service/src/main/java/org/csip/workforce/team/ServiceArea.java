package org.csip.workforce.team;

/** Where in children's services a team works; caseload thresholds are set per area. */
public enum ServiceArea {
    FRONT_DOOR, ASSESSMENT, CHILD_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS, EDGE_OF_CARE, EARLY_HELP, OTHER
}
