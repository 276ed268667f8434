package org.csip.actionplan.action;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.csip.actionplan.events.EventTypes;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.actionplan.plan.Plan;
import org.csip.actionplan.plan.PlanStatus;
import org.csip.actionplan.plan.Theme;
import org.csip.common.http.IfMatch;
import org.csip.common.query.Where;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/**
 * Actions and their progress. The council's plan editors shape actions; the lead agency (or a plan
 * editor) reports progress — docs/architecture.md §5, enforced here as well as in the gateway.
 */
@ApplicationScoped
public class ActionService {
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ActionService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ActionView create(UUID planId, NewAction request) {
        requirePlanEditor();
        Plan plan = Plan.lockedForChange(planId);
        caller.requireCovers(plan.laCode, "Plan " + planId);
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("Plan " + planId + " is CLOSED; it takes no new actions");
        }
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.planId = plan.id;
        action.laCode = plan.laCode;
        action.status = ActionStatus.NOT_STARTED;
        action.originalDueDate = request.dueDate();
        apply(action, plan, request);
        action.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        action.createdBy = caller.reference();
        action.persist();
        return announce(action, EventTypes.ACTION_CREATED, null);
    }

    /** Replaces the editable fields; a moved due date keeps the original, so slippage stays visible. */
    @Transactional
    public ActionView update(UUID id, String ifMatch, NewAction request) {
        requirePlanEditor();
        Action action = Action.lockedForChange(id);
        caller.requireCovers(action.laCode, "Action " + id);
        IfMatch.require(ifMatch, action.version, "Action " + id);
        requireOpen(action);
        if (unchanged(action, request)) {
            return ActionView.of(action, today());
        }
        apply(action, Plan.require(action.planId), request);
        return announce(touched(action), EventTypes.ACTION_UPDATED, null);
    }

    /** Progress from the lead agency: RAG, narrative, evidence; the first report starts the action. */
    @Transactional
    public ProgressUpdateView report(UUID id, String ifMatch, NewProgressUpdate request) {
        Action action = Action.lockedForChange(id);
        requireMayReport(action);
        IfMatch.checkIfPresent(ifMatch, action.version, "Action " + id);
        requireOpen(action);
        LocalDate reportedOn = reportDate(action, request.reportedOn(), "reportedOn");
        Rag previousRag = action.rag;
        ActionStatus previous = action.status;
        action.rag = request.rag();
        if (request.percentComplete() != null) {
            action.percentComplete = request.percentComplete();
        }
        action.status = ActionStatus.IN_PROGRESS;
        ProgressUpdate update = record(action, reportedOn, request.rag(), request.narrative(),
                request.percentComplete(), request.evidenceOrEmpty());
        if (previous != action.status) {
            announce(touched(action), EventTypes.ACTION_STATUS_CHANGED, previous);
        } else {
            touched(action);
            Action.flush();
        }
        progressReported(action, update, previousRag);
        return ProgressUpdateView.of(update);
    }

    /** Completing needs at least one piece of evidence, given now or reported before. */
    @Transactional
    public ActionView complete(UUID id, String ifMatch, CompleteAction request) {
        Action action = Action.lockedForChange(id);
        requireMayReport(action);
        IfMatch.checkIfPresent(ifMatch, action.version, "Action " + id);
        requireOpen(action);
        if (request.evidenceOrEmpty().isEmpty() && !ProgressUpdate.anyEvidence(action.id)) {
            throw ProblemException.invalidField("evidence", "completing an action needs at least one piece of"
                    + " evidence, and none has been reported for it");
        }
        LocalDate completedOn = reportDate(action, request.completedOn(), "completedOn");
        Rag previousRag = action.rag;
        ActionStatus previous = action.status;
        action.status = ActionStatus.COMPLETED;
        action.completedOn = completedOn;
        action.percentComplete = 100;
        action.rag = Rag.GREEN;
        ProgressUpdate update = record(action, completedOn, Rag.GREEN, request.narrative(), 100,
                request.evidenceOrEmpty());
        ActionView completed = announce(touched(action), EventTypes.ACTION_STATUS_CHANGED, previous);
        outbox.append(event(action, EventTypes.ACTION_COMPLETED, ActionChanged.of(action, previous)));
        progressReported(action, update, previousRag);
        return completed;
    }

    @Transactional
    public ActionView cancel(UUID id, String ifMatch, CancelAction request) {
        requirePlanEditor();
        Action action = Action.lockedForChange(id);
        caller.requireCovers(action.laCode, "Action " + id);
        IfMatch.checkIfPresent(ifMatch, action.version, "Action " + id);
        requireOpen(action);
        ActionStatus previous = action.status;
        action.status = ActionStatus.CANCELLED;
        action.cancelReason = request.reason().strip();
        return announce(touched(action), EventTypes.ACTION_STATUS_CHANGED, previous);
    }

    public ActionView get(UUID id) {
        return ActionView.of(readable(id), today());
    }

    /** The action, if the caller covers its council: another council's → 403 (unknown → 404). */
    private Action readable(UUID id) {
        Action action = Action.require(id);
        caller.requireCovers(action.laCode, "Action " + id);
        return action;
    }

    private void requireReadablePlan(UUID planId) {
        caller.requireCovers(Plan.require(planId).laCode, "Plan " + planId);
    }

    public List<ProgressUpdateView> updates(UUID id) {
        readable(id);
        return ProgressUpdate.ofAction(id).stream().map(ProgressUpdateView::of).toList();
    }

    /** When progress was last reported on each action of a plan (actions never reported on are left out). */
    public List<LastReport> lastReports(UUID planId) {
        requireReadablePlan(planId);
        return ProgressUpdate.lastOfPlan(planId);
    }

    /** Every action of a plan, soonest due first. */
    public List<ActionView> ofPlan(UUID planId) {
        requireReadablePlan(planId);
        LocalDate today = today();
        return Action.<Action>list("planId = ?1 order by dueDate, title, id", planId).stream()
                .map(a -> ActionView.of(a, today)).toList();
    }

    /** One page of actions (soonest due first) and the number that match. */
    public ActionPage list(ActionFilter filter, int page, int size) {
        if (filter.planId() != null && Plan.findById(filter.planId()) != null) {
            requireReadablePlan(filter.planId()); // another council's plan → 403, not an empty page
        }
        Where where = new Where()
                .and("laCode in :councils", "councils", caller.councilsAskedFor(filter.laCode()))
                .and("planId = :plan", "plan", filter.planId())
                .and("themeId = :theme", "theme", filter.themeId())
                .and("leadAgency = :agency", "agency", filter.leadAgency())
                .and("status = :status", "status", filter.status())
                .and("rag = :rag", "rag", filter.rag())
                .and("dueDate < :dueBefore", "dueBefore", filter.dueBefore())
                .and("dueDate > :dueAfter", "dueAfter", filter.dueAfter());
        if (filter.overdueOnly()) {
            where.and("status in :open and dueDate < :today", Map.of(
                    "open", ActionStatus.OPEN, "today", today()));
        }
        PanacheQuery<Action> query = Action.find(where.orderBy("dueDate, title, id"), where.parameters());
        LocalDate today = today();
        return new ActionPage(query.page(page, size).list().stream().map(a -> ActionView.of(a, today)).toList(),
                query.count());
    }

    private void apply(Action action, Plan plan, NewAction request) {
        Theme theme = Theme.findById(request.themeId());
        if (theme == null || !theme.planId.equals(plan.id)) {
            throw ProblemException.invalidField("themeId", "is not a theme of plan " + plan.id);
        }
        if (request.dueDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("dueDate", "must not be before startDate");
        }
        Set<UUID> findings = new LinkedHashSet<>(request.findingIdsOrEmpty());
        Set<UUID> answerable = new java.util.HashSet<>();
        KnownFinding.ofInspections(plan.inspectionIds).forEach(f -> answerable.add(f.findingId));
        List<UUID> requested = request.findingIdsOrEmpty();
        for (int i = 0; i < requested.size(); i++) {
            if (!answerable.contains(requested.get(i))) {
                throw ProblemException.invalidField("findingIds[" + i + "]", "is not a finding of the inspections"
                        + " plan " + plan.id + " answers");
            }
        }
        action.themeId = theme.id;
        action.title = request.title().strip();
        action.description = request.description();
        action.leadAgency = request.leadAgency();
        action.owner = request.owner().strip();
        action.startDate = request.startDate();
        action.dueDate = request.dueDate();
        action.findingIds.clear();
        action.findingIds.addAll(findings);
    }

    private static boolean unchanged(Action action, NewAction request) {
        return action.themeId.equals(request.themeId()) && action.title.equals(request.title().strip())
                && Objects.equals(action.description, request.description())
                && action.leadAgency == request.leadAgency() && action.owner.equals(request.owner().strip())
                && action.startDate.equals(request.startDate()) && action.dueDate.equals(request.dueDate())
                && action.findingIds.equals(new LinkedHashSet<>(request.findingIdsOrEmpty()));
    }

    private ProgressUpdate record(Action action, LocalDate reportedOn, Rag rag, String narrative, Integer percent,
                                  List<EvidenceLink> evidence) {
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.actionId = action.id;
        update.reportedOn = reportedOn;
        update.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        update.reportedBy = caller.reference();
        update.reporterAgency = caller.agency().orElse(null);
        update.rag = rag;
        update.narrative = narrative.strip();
        update.percentComplete = percent;
        update.statusAfter = action.status;
        update.evidence.addAll(evidence);
        update.persist();
        return update;
    }

    private void progressReported(Action action, ProgressUpdate update, Rag previousRag) {
        outbox.append(event(action, EventTypes.ACTION_PROGRESS_REPORTED, new ProgressReported(update.id, action.id,
                action.planId, action.laCode, action.leadAgency, update.reportedOn, update.rag, previousRag,
                update.percentComplete, action.status, update.evidence.size(), update.narrative)));
    }

    /** A report is dated today unless said otherwise, never in the future nor before the action started. */
    private LocalDate reportDate(Action action, LocalDate given, String field) {
        LocalDate date = given != null ? given : today();
        if (date.isAfter(today())) {
            throw ProblemException.invalidField(field, "is in the future");
        }
        if (date.isBefore(action.startDate)) {
            throw ProblemException.invalidField(field, "is before the action started (" + action.startDate + ")");
        }
        return date;
    }

    private void requirePlanEditor() {
        caller.require(caller.rights().editsPlans(), "Only the council's plan editors may change plans and actions");
    }

    /** The lead agency's action owners, or the council's plan editors, report progress (docs/architecture.md §5). */
    private void requireMayReport(Action action) {
        caller.requireCovers(action.laCode, "Action " + action.id);
        caller.require(caller.rights().reportsProgressOn(action.leadAgency), "Only the lead agency ("
                + action.leadAgency.alias() + ") or the council's plan editors may report on action " + action.id);
    }

    private static void requireOpen(Action action) {
        if (!action.status.isOpen()) {
            throw ProblemException.conflict("Action " + action.id + " is " + action.status + " and takes no more changes");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Action touched(Action action) {
        action.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        action.updatedBy = caller.reference();
        return action;
    }

    private ActionView announce(Action action, String type, ActionStatus previous) {
        Action.flush();
        outbox.append(event(action, type, ActionChanged.of(action, previous)));
        return ActionView.of(action, today());
    }

    private static DomainEvent event(Action action, String type, Object payload) {
        return new DomainEvent(type, "action", action.id.toString(), action.laCode, action.leadAgency.name(), payload);
    }
}
