package org.csip.inspection.inspection;

import java.util.EnumSet;
import java.util.Set;
import org.csip.common.security.Addressee;

/**
 * The kinds of visit CSIP records (docs/domain.md §1); only the graded ones carry judgements. Each says whom its
 * findings may be addressed to: Ofsted's own inspections of children's services address the council (the SIF also
 * its Local Safeguarding Children Board, the partnership); a joint targeted area inspection addresses each partner
 * and the partnership.
 */
public enum InspectionType {
    STANDARD(true, "ILACS standard inspection", Addressee.COUNCIL),
    SHORT(true, "ILACS short inspection", Addressee.COUNCIL),
    FOCUSED_VISIT(false, "Focused visit", Addressee.COUNCIL),
    MONITORING_VISIT(false, "Monitoring visit", Addressee.COUNCIL),
    JTAI(false, "Joint targeted area inspection", Addressee.PARTNERSHIP, Addressee.COUNCIL, Addressee.POLICE,
            Addressee.HEALTH),
    SIF(true, "Single inspection framework inspection", Addressee.COUNCIL, Addressee.PARTNERSHIP),
    PEER_REVIEW(false, "LGA peer review", Addressee.COUNCIL);

    private final boolean graded;
    private final String label;
    private final Addressee usualAddressee;
    private final Set<Addressee> addressees;

    InspectionType(boolean graded, String label, Addressee usual, Addressee... others) {
        this.graded = graded;
        this.label = label;
        this.usualAddressee = usual;
        this.addressees = EnumSet.of(usual, others);
    }

    /** Whom a finding is addressed to when the record does not say: the council, or a JTAI's partnership. */
    public Addressee usualAddressee() {
        return usualAddressee;
    }

    /** Whom this kind of inspection may address findings to. */
    public Set<Addressee> addressees() {
        return addressees;
    }

    public boolean graded() {
        return graded;
    }

    public String label() {
        return label;
    }
}
