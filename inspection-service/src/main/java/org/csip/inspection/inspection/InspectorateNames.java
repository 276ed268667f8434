package org.csip.inspection.inspection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.csip.common.inspection.InspectionKind;
import org.csip.common.problem.ProblemException;

/**
 * Which inspectorates carried out an inspection: those that always carry out its kind, plus any that joined (a JTAI
 * names whether HMI Probation took part). Left out, the kind's own; anything else is a 400 naming the field.
 */
final class InspectorateNames {
    private InspectorateNames() {
    }

    /** The inspectorates to store, comma-separated, in the kind's order. */
    static String checked(InspectionKind kind, List<String> given, String field) {
        if (given == null) {
            return String.join(",", kind.inspectorates());
        }
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            if (code == null || !(kind.inspectorates().contains(code) || kind.mayJoin().contains(code))) {
                throw ProblemException.invalidField(field + "[" + i + "]", "a " + kind.code() + " is carried out by "
                        + String.join(", ", kind.inspectorates()) + (kind.joint() ? ", which "
                        + String.join(" or ", kind.mayJoin()) + " may join" : ""));
            }
            if (!named.add(code)) {
                throw ProblemException.invalidField(field + "[" + i + "]", code + " is named twice");
            }
        }
        if (!named.containsAll(kind.inspectorates())) {
            throw ProblemException.invalidField(field, "a " + kind.code() + " is always carried out by "
                    + String.join(", ", kind.inspectorates()));
        }
        return String.join(",", java.util.stream.Stream.concat(kind.inspectorates().stream(),
                kind.mayJoin().stream()).filter(named::contains).toList());
    }
}
