package org.csip.common.inspection;

import java.util.List;
import java.util.Set;
import org.csip.common.security.Addressee;

/**
 * One kind of inspection as data ({@link InspectionKinds}): who carries it out, what it inspects, whom its findings
 * may be addressed to, and whether it is graded — so a new kind of inspection is a data change.
 *
 * @param inspectorates  the inspectorates that always carry it out
 * @param mayJoin        those that may take part as well (a JTAI names which did)
 * @param themed         whether each inspection has a theme (a JTAI's: neglect, domestic abuse, …)
 */
public record InspectionKind(String code, String label, List<String> inspectorates, List<String> mayJoin,
                             Inspected inspects, Set<Addressee> addressees, Addressee usualAddressee, boolean graded,
                             boolean themed) {

    public InspectionKind {
        inspectorates = List.copyOf(inspectorates);
        mayJoin = mayJoin == null ? List.of() : List.copyOf(mayJoin);
        addressees = Set.copyOf(addressees);
    }

    /** Whether an inspection of this kind may name more inspectorates than those that always carry it out. */
    public boolean joint() {
        return !mayJoin.isEmpty();
    }
}
