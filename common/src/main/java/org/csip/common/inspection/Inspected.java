package org.csip.common.inspection;

import org.csip.common.security.Agency;

/** What a kind of inspection inspects, which decides whose record it is and who may record it. */
public enum Inspected {
    /** A council's children's services: the council's record, kept by its inspection editors. */
    COUNCIL(Agency.COUNCIL),
    /** The safeguarding partnership of a council area (the three partners together): kept by the council. */
    PARTNERSHIP(Agency.COUNCIL),
    /** A police force, and so every council it covers: the force's record, kept by its inspection editors. */
    FORCE(Agency.POLICE);

    private final Agency recordedBy;

    Inspected(Agency recordedBy) {
        this.recordedBy = recordedBy;
    }

    /** The agency whose inspection editors record inspections of this kind. */
    public Agency recordedBy() {
        return recordedBy;
    }

    /** True when the inspection belongs to an organisation covering several councils, not to one council. */
    public boolean organisation() {
        return this == FORCE;
    }
}
