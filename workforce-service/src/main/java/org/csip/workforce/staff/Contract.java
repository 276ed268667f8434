package org.csip.workforce.staff;

/** Employed by the agency, or supplied by an employment agency (DfE counts the two apart). */
public enum Contract {
    PERMANENT, AGENCY
}
