package org.csip.actionplan.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.events.EventTypes;
import org.csip.actionplan.events.MeasureActualRecorded;
import org.csip.actionplan.plan.Plan;
import org.csip.actionplan.plan.Theme;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** A plan's measures and their actuals; the council's plan editors keep them. */
@ApplicationScoped
public class MeasureService {
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public MeasureService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public MeasureView create(UUID planId, NewMeasure request) {
        caller.requireRole(Roles.PLAN_EDITOR, Agency.COUNCIL, "keep measures");
        Plan plan = Plan.lockedForChange(planId);
        if (request.themeId() != null) {
            Theme theme = Theme.findById(request.themeId());
            if (theme == null || !theme.planId.equals(planId)) {
                throw ProblemException.invalidField("themeId", "is not a theme of plan " + planId);
            }
        }
        List<UUID> actions = request.actionIdsOrEmpty();
        for (int i = 0; i < actions.size(); i++) {
            Action action = Action.findById(actions.get(i));
            if (action == null || !action.planId.equals(planId)) {
                throw ProblemException.invalidField("actionIds[" + i + "]", "is not an action of plan " + planId);
            }
        }
        if (Measure.count("planId = ?1 and lower(name) = ?2", planId, request.name().strip().toLowerCase()) > 0) {
            throw ProblemException.conflict("Plan " + planId + " already has a measure called \"" + request.name().strip()
                    + "\"");
        }
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.planId = planId;
        measure.laCode = plan.laCode;
        measure.themeId = request.themeId();
        measure.name = request.name().strip();
        measure.unit = request.unit().strip();
        measure.baseline = request.baseline();
        measure.baselineOn = request.baselineOn();
        measure.target = request.target();
        measure.direction = request.direction();
        measure.actionIds.addAll(actions);
        measure.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        measure.createdBy = caller.reference();
        measure.persist();
        return MeasureView.of(measure);
    }

    /** Records the value as at a date (one per date; not in the future, not before the baseline). */
    @Transactional
    public MeasureView record(UUID planId, UUID measureId, NewActual request) {
        caller.requireRole(Roles.PLAN_EDITOR, Agency.COUNCIL, "keep measures");
        Measure measure = require(planId, measureId);
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("asOf", "is in the future");
        }
        if (request.asOf().isBefore(measure.baselineOn)) {
            throw ProblemException.invalidField("asOf", "is before the baseline (" + measure.baselineOn + ")");
        }
        if (measure.actuals.stream().anyMatch(a -> a.asOf().equals(request.asOf()))) {
            throw ProblemException.conflict("Measure " + measureId + " already has an actual as at " + request.asOf());
        }
        measure.actuals.add(new Actual(request.asOf(), request.value(), request.source(),
                OffsetDateTime.now(ZoneOffset.UTC), caller.reference()));
        Measure.flush();
        MeasureView view = MeasureView.of(measure);
        outbox.append(new DomainEvent(EventTypes.MEASURE_ACTUAL_RECORDED, "measure", measure.id.toString(),
                measure.laCode, null, new MeasureActualRecorded(measure.id, measure.planId, measure.laCode, measure.name,
                        measure.unit, request.asOf(), request.value(), measure.baseline, measure.target,
                        measure.direction, measure.direction.meets(request.value(), measure.target))));
        return view;
    }

    public List<MeasureView> list(UUID planId) {
        Plan.require(planId);
        return Measure.<Measure>list("planId = ?1 order by name", planId).stream().map(MeasureView::of).toList();
    }

    public MeasureView get(UUID planId, UUID measureId) {
        return MeasureView.of(require(planId, measureId));
    }

    private static Measure require(UUID planId, UUID measureId) {
        Measure measure = Measure.findById(measureId);
        return ProblemException.found(measure == null || !measure.planId.equals(planId) ? null : measure,
                "No measure " + measureId + " in plan " + planId);
    }
}
