package org.csip.actionplan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.action.ProgressUpdate;
import org.csip.actionplan.action.Rag;
import org.csip.actionplan.audit.ActionHistory;
import org.csip.actionplan.audit.DueDateMove;
import org.csip.actionplan.board.BoardMeeting;
import org.csip.actionplan.board.Decision;
import org.csip.actionplan.coverage.Coverage;
import org.csip.actionplan.coverage.CoverageService;
import org.csip.actionplan.knowninspection.KnownInspection;
import org.csip.actionplan.measure.Actual;
import org.csip.actionplan.measure.Direction;
import org.csip.actionplan.measure.Measure;
import org.csip.actionplan.plan.Plan;
import org.csip.actionplan.plan.Theme;
import org.csip.actionplan.report.ProgressReport.ActionLine;
import org.csip.actionplan.report.ProgressReport.DecisionLine;
import org.csip.actionplan.report.ProgressReport.FindingLine;
import org.csip.actionplan.report.ProgressReport.MeasureLine;
import org.csip.actionplan.report.ProgressReport.Movement;
import org.csip.actionplan.report.ProgressReport.RagChange;
import org.csip.actionplan.report.ProgressReport.Slip;
import org.csip.actionplan.report.ProgressReport.ThemeProgress;
import org.csip.common.problem.ProblemException;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.security.Caller;

/**
 * Builds the adviser's progress report for a period, the dates inclusive (docs/action-plans.md says how
 * each figure is counted). Default: the six weeks to today, the adviser's reporting cycle.
 */
@ApplicationScoped
public class ProgressReportService {
    static final int DEFAULT_WEEKS = 6;
    static final int LONGEST_PERIOD_DAYS = 2 * 366;

    private final CoverageService coverage;
    private final ActionHistory history;
    private final LocalAuthorityRegister register;
    private final Clock clock;
    private final Caller caller;

    public ProgressReportService(CoverageService coverage, ActionHistory history, LocalAuthorityRegister register,
                                 Clock clock, Caller caller) {
        this.coverage = coverage;
        this.history = history;
        this.register = register;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional
    public ProgressReport of(UUID planId, LocalDate requestedFrom, LocalDate requestedTo) {
        Plan plan = Plan.require(planId);
        caller.requireCovers(plan.laCode, "Plan " + planId);
        LocalDate today = LocalDate.now(clock);
        LocalDate to = requestedTo == null ? today : requestedTo;
        if (to.isAfter(today)) {
            throw ProblemException.invalidField("to", "is in the future; a progress report looks back");
        }
        LocalDate from = requestedFrom == null ? to.minusWeeks(DEFAULT_WEEKS) : requestedFrom;
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "is after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
            throw ProblemException.invalidField("from", "makes a period longer than two years");
        }
        Period period = new Period(from, to);

        Map<UUID, String> themes = Theme.ofPlan(planId).stream()
                .collect(Collectors.toMap(t -> t.id, t -> t.title, (a, b) -> a, LinkedHashMap::new));
        List<Action> actions = Action.list("planId = ?1 order by dueDate, title, id", planId);
        Map<UUID, Action> byId = actions.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, List<ProgressUpdate>> updates = actions.isEmpty() ? Map.of()
                : ProgressUpdate.<ProgressUpdate>list("actionId in ?1 order by reportedOn, reportedAt", byId.keySet())
                .stream().collect(Collectors.groupingBy(u -> u.actionId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Standing> standing = new HashMap<>();
        actions.forEach(a -> standing.put(a.id, Standing.of(a, updates.getOrDefault(a.id, List.of()), to)));

        List<ActionLine> completed = actions.stream()
                .filter(a -> a.status == ActionStatus.COMPLETED && period.contains(a.completedOn))
                .sorted(Comparator.comparing((Action a) -> a.completedOn).thenComparing(a -> a.title))
                .map(a -> line(a, themes, standing, a.completedOn, null)).toList();
        List<ActionLine> started = new ArrayList<>();
        List<RagChange> ragChanges = new ArrayList<>();
        for (Action action : actions) {
            List<ProgressUpdate> reports = updates.getOrDefault(action.id, List.of());
            if (!reports.isEmpty() && period.contains(reports.get(0).reportedOn)) {
                started.add(line(action, themes, standing, reports.get(0).reportedOn, null));
            }
            for (int i = 1; i < reports.size(); i++) {
                Rag before = reports.get(i - 1).rag;
                ProgressUpdate report = reports.get(i);
                if (report.rag != before && period.contains(report.reportedOn)) {
                    ragChanges.add(new RagChange(action.id, action.title, action.leadAgency, report.reportedOn, before,
                            report.rag, report.rag.ordinal() < before.ordinal(), report.narrative));
                }
            }
        }
        started.sort(Comparator.comparing(ActionLine::on).thenComparing(ActionLine::title));
        ragChanges.sort(Comparator.comparing(RagChange::on).thenComparing(RagChange::title));

        List<Slip> slipped = new ArrayList<>();
        for (DueDateMove move : history.dueDateMoves(planId)) {
            LocalDate movedOn = move.movedAt().atZone(clock.getZone()).toLocalDate();
            Action action = byId.get(move.actionId());
            if (move.isSlip() && period.contains(movedOn) && action != null) {
                slipped.add(new Slip(action.id, themes.get(action.themeId), action.title, action.leadAgency,
                        action.originalDueDate, move.previousDueDate(), move.newDueDate(),
                        ChronoUnit.DAYS.between(move.previousDueDate(), move.newDueDate()), movedOn, move.movedBy()));
            }
        }

        Predicate<Action> overdueAtEnd = a -> standing.get(a.id).status().isOpen() && a.dueDate.isBefore(to);
        List<ActionLine> overdue = actions.stream().filter(overdueAtEnd)
                .map(a -> line(a, themes, standing, null, ChronoUnit.DAYS.between(a.dueDate, to)))
                .sorted(Comparator.comparing(ActionLine::daysOverdue).reversed().thenComparing(ActionLine::title))
                .toList();

        List<ThemeProgress> themeProgress = new ArrayList<>();
        int position = 0;
        for (Map.Entry<UUID, String> theme : themes.entrySet()) {
            List<Action> ofTheme = actions.stream().filter(a -> a.themeId.equals(theme.getKey())).toList();
            themeProgress.add(new ThemeProgress(++position, theme.getValue(),
                    count(ofTheme, a -> a.status != ActionStatus.CANCELLED),
                    count(ofTheme, a -> standing.get(a.id).status() == ActionStatus.NOT_STARTED),
                    count(ofTheme, a -> standing.get(a.id).status() == ActionStatus.IN_PROGRESS),
                    count(ofTheme, a -> standing.get(a.id).status() == ActionStatus.COMPLETED),
                    count(ofTheme, a -> a.status == ActionStatus.CANCELLED),
                    count(ofTheme, overdueAtEnd),
                    count(ofTheme, a -> standing.get(a.id).live(Rag.RED)),
                    count(ofTheme, a -> standing.get(a.id).live(Rag.AMBER)),
                    count(ofTheme, a -> standing.get(a.id).live(Rag.GREEN))));
        }

        List<MeasureLine> measures = Measure.<Measure>list("planId = ?1 order by name", planId).stream()
                .map(m -> measureLine(m, period)).toList();

        Map<UUID, String> titles = new HashMap<>();
        actions.forEach(a -> titles.put(a.id, a.title));
        List<DecisionLine> decisions = new ArrayList<>();
        for (BoardMeeting meeting : BoardMeeting.<BoardMeeting>list(
                "planId = ?1 and meetingDate between ?2 and ?3 order by meetingDate", planId, from, to)) {
            for (Decision decision : meeting.decisions) {
                decisions.add(new DecisionLine(meeting.meetingDate, meeting.chair, decision.text(), decision.owner(),
                        decision.dueDate(), decision.actionId() == null ? null : titles.get(decision.actionId())));
            }
        }

        Coverage answered = coverage.of(plan);
        List<FindingLine> uncovered = answered.items().stream().filter(f -> !f.covered())
                .map(f -> new FindingLine(f.findingId(), f.inspectionType(), f.sequence(), f.kind(), f.area(), f.text()))
                .toList();

        List<ProgressReport.AnsweredInspection> inspections = plan.inspectionIds.stream()
                .map(id -> Optional.ofNullable(KnownInspection.<KnownInspection>findById(id)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(i -> i.notifiedDate))
                .map(i -> new ProgressReport.AnsweredInspection(i.inspectionId, i.type, i.publishedDate, i.overallGrade,
                        i.overallGraded, i.judgementList()))
                .toList();

        List<Action> live = actions.stream().filter(a -> a.status != ActionStatus.CANCELLED).toList();
        ProgressReport.Headline headline = new ProgressReport.Headline(live.size(),
                count(live, a -> standing.get(a.id).status().isOpen()), completed.size(), started.size(), slipped.size(), overdue.size(),
                ragChanges.size(), (int) ragChanges.stream().filter(RagChange::worsened).count(),
                count(live, a -> standing.get(a.id).status().isOpen() && standing.get(a.id).rag() == Rag.RED),
                measures.size(),
                (int) measures.stream().filter(m -> Boolean.TRUE.equals(m.onTarget())).count(), decisions.size(),
                answered.findings(), uncovered.size());
        return new ProgressReport(plan.id, plan.laCode, register.nameOf(plan.laCode), plan.title, plan.status,
                plan.submittedOn, plan.acceptedOn, inspections, from, to, OffsetDateTime.now(clock), headline,
                themeProgress, completed,
                started, slipped, overdue, ragChanges, measures, decisions, uncovered);
    }

    /**
     * Where an action stood at the end of the period: completed if completed by then, in progress once
     * progress had been reported, cancelled if it is cancelled now (the one state without a date), with the
     * RAG of the last report by then.
     */
    record Standing(ActionStatus status, Rag rag) {
        static Standing of(Action action, List<ProgressUpdate> reports, LocalDate end) {
            List<ProgressUpdate> byThen = reports.stream().filter(u -> !u.reportedOn.isAfter(end)).toList();
            Rag rag = byThen.isEmpty() ? null : byThen.get(byThen.size() - 1).rag;
            if (action.status == ActionStatus.CANCELLED) {
                return new Standing(ActionStatus.CANCELLED, rag);
            }
            if (action.completedOn != null && !action.completedOn.isAfter(end)) {
                return new Standing(ActionStatus.COMPLETED, rag);
            }
            return new Standing(byThen.isEmpty() ? ActionStatus.NOT_STARTED : ActionStatus.IN_PROGRESS, rag);
        }

        boolean live(Rag wanted) {
            return status != ActionStatus.CANCELLED && rag == wanted;
        }
    }

    static MeasureLine measureLine(Measure measure, Period period) {
        Actual atStart = latestOnOrBefore(measure.actuals, period.from());
        Actual latest = latestOnOrBefore(measure.actuals, period.to());
        LocalDate startAsOf = atStart != null ? atStart.asOf() : measure.baselineOn;
        BigDecimal startValue = atStart != null ? atStart.value() : measure.baseline;
        if (latest == null) {
            return new MeasureLine(measure.id, measure.name, measure.unit, measure.direction, measure.baseline,
                    measure.target, startAsOf, startValue, null, null, null, Movement.NO_DATA);
        }
        int change = latest.value().compareTo(startValue);
        Movement movement = change == 0 ? Movement.UNCHANGED
                : (change > 0) == (measure.direction == Direction.HIGHER_IS_BETTER)
                ? Movement.IMPROVED : Movement.WORSENED;
        return new MeasureLine(measure.id, measure.name, measure.unit, measure.direction, measure.baseline,
                measure.target, startAsOf, startValue, latest.asOf(), latest.value(),
                measure.direction.meets(latest.value(), measure.target), movement);
    }

    private static Actual latestOnOrBefore(List<Actual> actuals, LocalDate date) {
        return actuals.stream().filter(a -> !a.asOf().isAfter(date)).max(Comparator.comparing(Actual::asOf))
                .orElse(null);
    }

    private static ActionLine line(Action action, Map<UUID, String> themes, Map<UUID, Standing> standing, LocalDate on,
                                   Long daysOverdue) {
        Standing then = standing.get(action.id);
        return new ActionLine(action.id, themes.get(action.themeId), action.title, action.leadAgency, action.owner,
                action.dueDate, then.status(), then.rag(), on, daysOverdue);
    }

    private static int count(List<Action> actions, Predicate<Action> test) {
        return (int) actions.stream().filter(test).count();
    }

    /** The report's period, both ends included. */
    record Period(LocalDate from, LocalDate to) {
        boolean contains(LocalDate date) {
            return date != null && !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
