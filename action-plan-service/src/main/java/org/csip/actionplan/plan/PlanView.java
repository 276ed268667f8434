package org.csip.actionplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as the API shows it, with its themes in order. */
public record PlanView(UUID id, String laCode, String title, PlanStatus status, List<UUID> inspectionIds,
                       LocalDate draftDue, LocalDate finalDue, LocalDate submittedOn, LocalDate acceptedOn,
                       LocalDate closedOn, String closeReason, List<ThemeView> themes, int version) {

    public static PlanView of(Plan plan) {
        return of(plan, Theme.ofPlan(plan.id));
    }

    static PlanView of(Plan plan, List<Theme> themes) {
        return new PlanView(plan.id, plan.laCode, plan.title, plan.status, List.copyOf(plan.inspectionIds),
                plan.draftDue, plan.finalDue, plan.submittedOn, plan.acceptedOn, plan.closedOn, plan.closeReason,
                themes.stream().map(ThemeView::of).toList(), plan.version);
    }
}
