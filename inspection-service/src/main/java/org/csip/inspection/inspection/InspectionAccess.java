package org.csip.inspection.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.csip.common.inspection.InspectionKind;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;

/**
 * Who may read and change an inspection, in one place for inspections and their findings: readers covering any of its
 * councils read it; the editors of its kind's subject change it — the council's a council's or partnership's, a
 * force's own editors the force's (docs/architecture.md §5).
 */
@ApplicationScoped
public class InspectionAccess {
    private final Caller caller;

    public InspectionAccess(Caller caller) {
        this.caller = caller;
    }

    /** The inspection, if the caller covers its council or any of a force's: else 403 (unknown → 404). */
    public Inspection readable(UUID id) {
        Inspection inspection = Inspection.require(id);
        caller.requireCoversAny(inspection.councilSet(), "Inspection " + id);
        return inspection;
    }

    /** The inspection locked for a change, if the caller may change it (as above); else 403 (unknown → 404). */
    public Inspection changeable(UUID id) {
        // Who may change no inspection at all hears so before whether this one exists.
        caller.require(caller.rights().recordsSomeInspections(), "Only the council's or a force's inspection editors"
                + " may record inspections");
        Inspection inspection = Inspection.lockedForChange(id);
        requireEditorOf(inspection.type.kind());
        requireMayChange(inspection);
        return inspection;
    }

    /** Refuses (403) a caller who covers none of its councils or, for a force's, speaks for another organisation. */
    public void requireMayChange(Inspection inspection) {
        caller.requireCoversAny(inspection.councilSet(), "Inspection " + inspection.id);
        if (inspection.organisation != null
                && caller.tenancy().organisation().filter(inspection.organisation::equals).isEmpty()) {
            throw ProblemException.forbidden("Inspection " + inspection.id + " is " + inspection.organisation
                    + "'s; only its own inspection editors change it");
        }
    }

    /** Refuses (403) a caller who does not record this kind of inspection. */
    public void requireEditorOf(InspectionKind kind) {
        caller.require(caller.rights().recordsInspectionsOf(kind.inspects()), kind.inspects().organisation()
                ? "Only the police's inspection editors, of the force inspected, may record a " + kind.code()
                : "Only the council may record inspections of a council or its area's partnership (a " + kind.code()
                + "), by its inspection editors");
    }
}
