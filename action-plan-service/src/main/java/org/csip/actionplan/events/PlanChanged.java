package org.csip.actionplan.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.plan.PlanStatus;
import org.csip.actionplan.plan.PlanView;

/** Payload of {@code csip.plan.*.v1}: the plan after the change, with its themes (event-carried state). */
public record PlanChanged(UUID planId, String laCode, String title, PlanStatus status, List<UUID> inspectionIds,
                          LocalDate draftDue, LocalDate finalDue, LocalDate submittedOn, LocalDate acceptedOn,
                          LocalDate closedOn, String closeReason, List<Theme> themes, int version) {

    /** A theme as events carry it. */
    public record Theme(UUID themeId, int position, String title) {
    }

    public static PlanChanged of(PlanView plan) {
        return new PlanChanged(plan.id(), plan.laCode(), plan.title(), plan.status(), plan.inspectionIds(),
                plan.draftDue(), plan.finalDue(), plan.submittedOn(), plan.acceptedOn(), plan.closedOn(),
                plan.closeReason(),
                plan.themes().stream().map(t -> new Theme(t.id(), t.position(), t.title())).toList(), plan.version());
    }
}
