package org.csip.actionplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.coverage.Coverage;
import org.csip.actionplan.coverage.CoverageService;
import org.csip.actionplan.events.EventTypes;
import org.csip.actionplan.knowninspection.KnownInspection;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** Plans and their themes; submission is refused while a priority action has no action answering it. */
@ApplicationScoped
public class PlanService {
    private final Outbox outbox;
    private final Caller caller;
    private final CoverageService coverage;
    private final Clock clock;

    public PlanService(Outbox outbox, Caller caller, CoverageService coverage, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Transactional
    public PlanView create(NewPlan request) {
        requirePlanEditor();
        caller.requireCovers(request.laCode(), "laCode");
        List<UUID> inspections = request.inspectionIds();
        for (int i = 0; i < inspections.size(); i++) {
            KnownInspection inspection = KnownInspection.findById(inspections.get(i));
            if (inspection == null) {
                throw ProblemException.invalidField("inspectionIds[" + i + "]", "is not an inspection this service"
                        + " has learned of (from inspection-events)");
            }
            if (!inspection.concerns(request.laCode())) {
                throw ProblemException.invalidField("inspectionIds[" + i + "]", "is an inspection of "
                        + (inspection.organisation != null ? inspection.organisation : inspection.laCode)
                        + ", not of " + request.laCode());
            }
        }
        if (request.draftDue() != null && request.finalDue() != null && request.finalDue().isBefore(request.draftDue())) {
            throw ProblemException.invalidField("finalDue", "must not be before draftDue");
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.laCode = request.laCode();
        plan.title = request.title().strip();
        plan.status = PlanStatus.DRAFT;
        plan.inspectionIds.addAll(inspections);
        plan.draftDue = request.draftDue();
        plan.finalDue = request.finalDue();
        plan.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.createdBy = caller.reference();
        plan.persist();
        return announce(plan, EventTypes.PLAN_CREATED);
    }

    @Transactional
    public ThemeView addTheme(UUID planId, NewTheme request) {
        requirePlanEditor();
        Plan plan = Plan.lockedForChange(planId);
        requirePlanEditorIn(plan.laCode);
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("Plan " + planId + " is CLOSED");
        }
        if (Theme.count("planId = ?1 and lower(title) = ?2", planId, request.title().strip().toLowerCase()) > 0) {
            throw ProblemException.conflict("Plan " + planId + " already has a theme called \"" + request.title().strip()
                    + "\"");
        }
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.planId = planId;
        theme.position = (int) Theme.count("planId", planId) + 1;
        theme.title = request.title().strip();
        theme.description = request.description();
        theme.persist();
        announce(touched(plan), EventTypes.PLAN_UPDATED);
        return ThemeView.of(theme);
    }

    /** {@code DRAFT → SUBMITTED}, refused (409) while any priority action of its inspections is uncovered. */
    @Transactional
    public PlanView submit(UUID planId, SubmitPlan request) {
        requirePlanEditor();
        Plan plan = Plan.lockedForChange(planId);
        requirePlanEditorIn(plan.laCode);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Plan " + planId + " is " + plan.status + "; only a DRAFT is submitted");
        }
        Coverage answered = coverage.of(plan);
        if (answered.uncoveredPriorityActions() > 0) {
            throw ProblemException.conflict("Plan " + planId + " cannot be submitted: " + answered.uncoveredPriorityActions()
                    + " priority action(s) have no open or completed action answering them; see"
                    + " /api/plans/" + planId + "/coverage");
        }
        plan.submittedOn = dated(request == null ? null : request.submittedOn(), "submittedOn", null, null);
        plan.status = PlanStatus.SUBMITTED;
        return announce(touched(plan), EventTypes.PLAN_SUBMITTED);
    }

    /** {@code SUBMITTED → ACCEPTED}: Ofsted or the DfE has accepted the plan; not before it was submitted. */
    @Transactional
    public PlanView accept(UUID planId, AcceptPlan request) {
        requirePlanEditor();
        Plan plan = Plan.lockedForChange(planId);
        requirePlanEditorIn(plan.laCode);
        if (plan.status != PlanStatus.SUBMITTED) {
            throw ProblemException.conflict("Plan " + planId + " is " + plan.status + "; only a SUBMITTED plan is accepted");
        }
        plan.acceptedOn = dated(request == null ? null : request.acceptedOn(), "acceptedOn", plan.submittedOn,
                "the plan was submitted");
        plan.status = PlanStatus.ACCEPTED;
        return announce(touched(plan), EventTypes.PLAN_ACCEPTED);
    }

    /** {@code ACCEPTED → CLOSED} with the reason, once every action is completed or cancelled. */
    @Transactional
    public PlanView close(UUID planId, ClosePlan request) {
        requirePlanEditor();
        Plan plan = Plan.lockedForChange(planId);
        requirePlanEditorIn(plan.laCode);
        if (plan.status != PlanStatus.ACCEPTED) {
            throw ProblemException.conflict("Plan " + planId + " is " + plan.status + "; only an ACCEPTED plan is closed");
        }
        long open = Action.count("planId = ?1 and status in ?2", planId,
                List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
        if (open > 0) {
            throw ProblemException.conflict("Plan " + planId + " still has " + open + " open action(s); complete or"
                    + " cancel them before closing it");
        }
        plan.closedOn = dated(request.closedOn(), "closedOn", plan.acceptedOn, "the plan was accepted");
        plan.closeReason = request.reason().strip();
        plan.status = PlanStatus.CLOSED;
        return announce(touched(plan), EventTypes.PLAN_CLOSED);
    }

    public PlanView get(UUID id) {
        return PlanView.of(readable(id));
    }

    /** The plan, if the caller covers its council: another council's → 403 (unknown → 404). */
    public Plan readable(UUID id) {
        Plan plan = Plan.require(id);
        caller.requireCovers(plan.laCode, "Plan " + id);
        return plan;
    }

    /** The plans of the councils asked for (the {@code laCode} filter narrows within the caller's). */
    public List<PlanView> list(String laCode) {
        List<Plan> plans = Plan.list("laCode in ?1 order by createdAt desc", caller.councilsAskedFor(laCode));
        return plans.stream().map(PlanView::of).toList();
    }

    public Coverage coverage(UUID id) {
        return coverage.of(readable(id));
    }

    /** The given date or today; never in the future, never before the step it follows. */
    private LocalDate dated(LocalDate given, String field, LocalDate notBefore, String what) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = given != null ? given : today;
        if (date.isAfter(today)) {
            throw ProblemException.invalidField(field, "is in the future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw ProblemException.invalidField(field, "is before " + what + " (" + notBefore + ")");
        }
        return date;
    }

    private Plan touched(Plan plan) {
        plan.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.updatedBy = caller.reference();
        return plan;
    }

    private void requirePlanEditor() {
        caller.require(caller.rights().editsPlans(), "Only the council's plan editors may change plans and actions");
    }

    /** Refuses (403) a change to a plan of a council other than the caller's own. */
    private void requirePlanEditorIn(String laCode) {
        caller.requireCovers(laCode, "The plan");
    }

    private PlanView announce(Plan plan, String type) {
        Plan.flush();
        List<Theme> themes = Theme.ofPlan(plan.id);
        outbox.append(new DomainEvent(type, "plan", plan.id.toString(), plan.laCode, null,
                PlanChanged.of(plan, themes)));
        return PlanView.of(plan, themes);
    }
}
