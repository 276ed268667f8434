package org.csip.actionplan.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.events.EventTypes;
import org.csip.actionplan.plan.Plan;
import org.csip.actionplan.plan.PlanStatus;
import org.csip.actionplan.plan.Theme;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

/** A plan's measures and their actuals; the council's plan editors keep them. */
@ApplicationScoped
public class MeasureService {
    private static final Logger LOG = Logger.getLogger(MeasureService.class);
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
        caller.require(caller.rights().editsPlans(), "Only the council's plan editors may keep measures");
        Plan plan = Plan.lockedForChange(planId);
        caller.requireCovers(plan.laCode, "Plan " + planId);
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
        measure.feed = request.feed();
        measure.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        measure.createdBy = caller.reference();
        measure.persist();
        return MeasureView.of(measure);
    }

    /** Records the value as at a date (one per date; not in the future, not before the baseline). */
    @Transactional
    public MeasureView record(UUID planId, UUID measureId, NewActual request) {
        caller.require(caller.rights().editsPlans(), "Only the council's plan editors may keep measures");
        Measure measure = readable(planId, measureId);
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("asOf", "is in the future");
        }
        if (request.asOf().isBefore(measure.baselineOn)) {
            throw ProblemException.invalidField("asOf", "is before the baseline (" + measure.baselineOn + ")");
        }
        if (measure.actuals.stream().anyMatch(a -> a.asOf().equals(request.asOf()))) {
            throw ProblemException.conflict("Measure " + measureId + " already has an actual as at " + request.asOf());
        }
        return add(measure, new Actual(request.asOf(), request.value(), request.source(),
                OffsetDateTime.now(ZoneOffset.UTC), caller.reference(), null));
    }

    /**
     * Feeds the measures of the council's plans (not closed) that follow this agency's metrics from a
     * workforce snapshot. A fed value replaces an earlier fed value for the same date but never one a person
     * entered; dates before a measure's baseline and metrics the snapshot leaves out (suppressed) are skipped.
     * Returns how many measures took a value.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int feed(String laCode, Agency agency, LocalDate asOf, Function<WorkforceMetric, BigDecimal> values,
                    String eventId) {
        int fed = 0;
        for (Measure measure : Measure.<Measure>list("laCode = ?1 and feed.agency = ?2 and planId in"
                + " (select p.id from Plan p where p.status <> ?3)", laCode, agency, PlanStatus.CLOSED)) {
            BigDecimal value = values.apply(measure.feed.metric());
            if (value == null || asOf.isBefore(measure.baselineOn)) {
                continue;
            }
            Actual existing = measure.actuals.stream().filter(a -> a.asOf().equals(asOf)).findFirst().orElse(null);
            if (existing != null && !existing.isFed()) {
                LOG.infof("Measure %s keeps the actual entered for %s; the snapshot's %s is not applied",
                        measure.id, asOf, value);
                continue;
            }
            measure.actuals.remove(existing);
            add(measure, new Actual(asOf, value.setScale(2, RoundingMode.HALF_UP), measure.feed.source(),
                    OffsetDateTime.now(ZoneOffset.UTC), "workforce-events", eventId));
            fed++;
        }
        return fed;
    }

    /** Adds the actual and announces it in the same transaction. */
    private MeasureView add(Measure measure, Actual actual) {
        measure.actuals.add(actual);
        Measure.flush();
        MeasureView view = MeasureView.of(measure);
        outbox.append(new DomainEvent(EventTypes.MEASURE_ACTUAL_RECORDED, "measure", measure.id.toString(),
                measure.laCode, null, new MeasureActualRecorded(measure.id, measure.planId, measure.laCode, measure.name,
                        measure.unit, actual.asOf(), actual.value(), measure.baseline, measure.target,
                        measure.direction, measure.direction.meets(actual.value(), measure.target), actual.source())));
        return view;
    }

    public List<MeasureView> list(UUID planId) {
        caller.requireCovers(Plan.require(planId).laCode, "Plan " + planId);
        return Measure.<Measure>list("planId = ?1 order by name", planId).stream().map(MeasureView::of).toList();
    }

    public MeasureView get(UUID planId, UUID measureId) {
        return MeasureView.of(readable(planId, measureId));
    }

    /** The measure of a plan, if the caller covers its council. */
    private Measure readable(UUID planId, UUID measureId) {
        Measure measure = require(planId, measureId);
        caller.requireCovers(measure.laCode, "Measure " + measureId);
        return measure;
    }

    private static Measure require(UUID planId, UUID measureId) {
        Measure measure = Measure.findById(measureId);
        return ProblemException.found(measure == null || !measure.planId.equals(planId) ? null : measure,
                "No measure " + measureId + " in plan " + planId);
    }
}
