package org.csip.actionplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of {@code csip.plan.*.v1}: the plan after the change, with its themes (event-carried state). */
public record PlanChanged(UUID planId, String laCode, String title, PlanStatus status, List<UUID> inspectionIds,
                          LocalDate draftDue, LocalDate finalDue, LocalDate submittedOn, LocalDate acceptedOn,
                          LocalDate closedOn, String closeReason, List<PublishedTheme> themes, int version) {

    /** A theme as events carry it. */
    public record PublishedTheme(UUID themeId, int position, String title) {
    }

    /** The plan as it stands (flushed, so {@code version} is the one committed with this event), with its themes. */
    static PlanChanged of(Plan plan, List<Theme> themes) {
        return new PlanChanged(plan.id, plan.laCode, plan.title, plan.status, List.copyOf(plan.inspectionIds),
                plan.draftDue, plan.finalDue, plan.submittedOn, plan.acceptedOn, plan.closedOn, plan.closeReason,
                themes.stream().map(t -> new PublishedTheme(t.id, t.position, t.title)).toList(), plan.version);
    }
}
