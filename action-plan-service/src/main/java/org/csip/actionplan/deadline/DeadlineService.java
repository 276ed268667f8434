package org.csip.actionplan.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.csip.actionplan.deadline.DeadlineRule.Kind;
import org.csip.actionplan.deadline.DeadlineRule.Period;
import org.csip.actionplan.deadline.DeadlineRule.Unit;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.actionplan.knowninspection.KnownInspection;
import org.csip.actionplan.knowninspection.KnownIntervention;
import org.csip.actionplan.plan.Plan;
import org.csip.common.time.WorkingDays;

/**
 * Works out each council's statutory deadlines and expected inspection dates from the rules (deadlines as data) and
 * what this service knows: published inspections, their priority actions and the dates their reports set, the DfE's
 * open interventions, and the plans answering the inspections (which meet the plan deadlines).
 */
@ApplicationScoped
public class DeadlineService {
    private static final List<String> GRADED = List.of("STANDARD", "SHORT", "SIF");
    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    /** Every deadline of these councils on {@code today}, soonest first (those with no date last). */
    public List<Deadline> of(Collection<String> councils, LocalDate today) {
        if (councils.isEmpty()) {
            return List.of();
        }
        // The councils' own inspections and their forces' (which concern every council a force covers).
        List<KnownInspection> inspections = KnownInspection.list("array_intersects(councils, ?1)",
                (Object) councils.toArray(String[]::new));
        // A force's inspection may be answered by a plan of any of its councils, not only those asked about.
        java.util.Set<String> planCouncils = new java.util.HashSet<>(councils);
        inspections.forEach(i -> planCouncils.addAll(i.councilSet()));
        List<Plan> plans = Plan.list("laCode in ?1", planCouncils);
        Map<UUID, Long> priorityActions = priorityActions(inspections);
        List<Deadline> deadlines = new ArrayList<>();
        for (DeadlineRule rule : DeadlineRules.all()) {
            switch (rule.after().event()) {
                case INSPECTION_PUBLISHED -> {
                    for (KnownInspection inspection : inspections) {
                        if (applies(rule, inspection, priorityActions)) {
                            deadlines.add(rule.repeats() ? rolling(rule, inspection, inspections, today)
                                    : after(rule, inspection, inspections, plans, today));
                        }
                    }
                }
                case INTERVENTION_REVIEW -> {
                    for (KnownIntervention intervention : KnownIntervention.<KnownIntervention>list(
                            "laCode in ?1 and endDate is null", councils)) {
                        deadlines.add(review(rule, intervention, today));
                    }
                }
            }
        }
        deadlines.removeIf(Objects::isNull);
        deadlines.sort(Comparator.comparing(Deadline::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Deadline::key));
        return deadlines;
    }

    private static boolean applies(DeadlineRule rule, KnownInspection inspection, Map<UUID, Long> priorityActions) {
        DeadlineRule.Trigger after = rule.after();
        if (!"PUBLISHED".equals(inspection.status) || inspection.publishedDate == null
                || !after.inspectionTypes().contains(inspection.type)) {
            return false;
        }
        if (after.judgedInadequate() != null && after.judgedInadequate() != judgedInadequate(inspection)) {
            return false;
        }
        return after.hasPriorityActions() == null
                || after.hasPriorityActions() == priorityActions.getOrDefault(inspection.inspectionId, 0L) > 0;
    }

    /** Inadequate overall, or — where the framework forms no overall grade (ILACS from 2026) — in any judgement. */
    static boolean judgedInadequate(KnownInspection inspection) {
        if ("INADEQUATE".equals(inspection.overallGrade)) {
            return true;
        }
        return Boolean.FALSE.equals(inspection.overallGraded)
                && inspection.judgementList().stream().anyMatch(j -> "INADEQUATE".equals(j.grade()));
    }

    /** A deadline counted once from the inspection: a plan, a statement, a re-inspection or the next window. */
    private Deadline after(DeadlineRule rule, KnownInspection inspection, List<KnownInspection> all, List<Plan> plans,
                           LocalDate today) {
        LocalDate from = countFrom(rule, inspection);
        String key = rule.code() + "/" + inspection.inspectionId;
        Optional<LocalDate> met = switch (rule.metBy()) {
            case PLAN_SUBMITTED -> answering(plans, inspection).map(p -> p.submittedOn).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder());
            case PLAN_STARTED -> answering(plans, inspection).map(p -> p.createdAt.toLocalDate())
                    .min(Comparator.naturalOrder());
            case GRADED_INSPECTION -> nextGraded(inspection, all, from);
            default -> Optional.empty();
        };
        LocalDate opens = null;
        LocalDate due;
        String basis;
        if (rule.reportMaySet() && inspection.responseDue != null) {
            due = inspection.responseDue;
            basis = "the date the report sets, as recorded with the inspection";
        } else if (rule.within().unit() == Unit.SET_BY_REPORT) {
            return deadline(rule, key, inspection.laCode, inspection.councilSet(), inspection.inspectionId, null, from, null, null,
                    DeadlineStatus.DATE_NOT_RECORDED, met.orElse(null), today,
                    "the report sets the date: record it as the inspection's responseDue");
        } else {
            try {
                due = plus(from, rule.within());
                opens = rule.opensAfter() == null ? null : plus(from, rule.opensAfter());
            } catch (IllegalArgumentException beyondCalendar) {
                return deadline(rule, key, inspection.laCode, inspection.councilSet(), inspection.inspectionId, null, from, null, null,
                        DeadlineStatus.CANNOT_WORK_OUT, met.orElse(null), today, beyondCalendar.getMessage());
            }
            basis = (rule.opensAfter() == null ? "" : rule.opensAfter().words() + " to ") + rule.within().words()
                    + " after " + (rule.after().countFromOrPublished() == DeadlineRule.CountFrom.PUBLISHED
                    ? "publication" : "the first day on site") + " (" + from + ")"
                    + (rule.reportMaySet() ? "; " + rule.reportDateNote() : "");
        }
        return deadline(rule, key, inspection.laCode, inspection.councilSet(), inspection.inspectionId, null, from, opens, due,
                status(rule, due, met.orElse(null), today), met.orElse(null), today, basis);
    }

    /** An expected visit that recurs: each counted from the last one recorded (or publication), until re-inspected. */
    private Deadline rolling(DeadlineRule rule, KnownInspection inspection, List<KnownInspection> all,
                             LocalDate today) {
        LocalDate published = inspection.publishedDate;
        if (nextGraded(inspection, all, published).isPresent()) {
            return null;
        }
        List<LocalDate> visits = all.stream().filter(i -> "MONITORING_VISIT".equals(i.type))
                .map(DeadlineService::visitDate).filter(d -> d != null && d.isAfter(published)).sorted().toList();
        LocalDate from = visits.isEmpty() ? published : visits.get(visits.size() - 1);
        LocalDate due = plus(from, rule.within());
        String basis = rule.within().words() + " after " + (visits.isEmpty() ? "publication" : "the last monitoring"
                + " visit") + " (" + from + "); " + visits.size() + " monitoring visit(s) recorded since";
        return deadline(rule, rule.code() + "/" + inspection.inspectionId + "/" + (visits.size() + 1),
                inspection.laCode, inspection.councilSet(), inspection.inspectionId, null, from, null, due, status(rule, due, null, today),
                null, today, basis);
    }

    private Deadline review(DeadlineRule rule, KnownIntervention intervention, LocalDate today) {
        if (intervention.nextReviewDue == null) {
            return null;
        }
        LocalDate from = intervention.lastReviewDate != null ? intervention.lastReviewDate : intervention.startDate;
        String basis = "every " + intervention.reviewCadenceWeeks + " weeks from the "
                + (intervention.lastReviewDate != null ? "last review" : "start of the intervention") + " (" + from + ")";
        return deadline(rule, rule.code() + "/" + intervention.interventionId + "/" + intervention.nextReviewDue,
                intervention.laCode, java.util.Set.of(intervention.laCode), intervention.triggeredBy, intervention.interventionId, from, null,
                intervention.nextReviewDue, status(rule, intervention.nextReviewDue, null, today), null, today, basis);
    }

    private Deadline deadline(DeadlineRule rule, String key, String laCode, java.util.Set<String> councils,
                              UUID inspectionId, UUID interventionId,
                              LocalDate from, LocalDate opens, LocalDate due, DeadlineStatus status, LocalDate met,
                              LocalDate today, String basis) {
        Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(today, due);
        return new Deadline(key, rule.code(), rule.title(), rule.owner(), rule.kind(), laCode, inspectionId,
                interventionId, from, opens, due, status, met, daysLeft, workingDaysLeft(today, due), basis,
                rule.source(), rule.sourceUrl(), councils);
    }

    private static DeadlineStatus status(DeadlineRule rule, LocalDate due, LocalDate met, LocalDate today) {
        if (met != null) {
            return met.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
        }
        boolean passed = today.isAfter(due);
        if (rule.kind() == Kind.EXPECTED) {
            return passed ? DeadlineStatus.PAST_EXPECTED : DeadlineStatus.EXPECTED;
        }
        return passed ? DeadlineStatus.MISSED : DeadlineStatus.DUE;
    }

    /** Working days from today to the due date, the due date counted (negative once passed); null if not countable. */
    private Integer workingDaysLeft(LocalDate today, LocalDate due) {
        if (due == null) {
            return null;
        }
        try {
            LocalDate first = today.isBefore(due) ? today : due;
            LocalDate last = today.isBefore(due) ? due : today;
            int count = 0;
            for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
                if (workingDays.isWorkingDay(day)) {
                    count++;
                }
            }
            return today.isBefore(due) ? count : -count;
        } catch (IllegalArgumentException beyondCalendar) {
            return null;
        }
    }

    private LocalDate plus(LocalDate from, Period period) {
        return switch (period.unit()) {
            case WORKING_DAYS -> workingDays.plusWorkingDays(from, period.amount());
            case CALENDAR_DAYS -> from.plusDays(period.amount());
            case WEEKS -> from.plusWeeks(period.amount());
            case MONTHS -> from.plusMonths(period.amount());
            case SET_BY_REPORT, REVIEW_CADENCE -> throw new IllegalStateException(period.unit() + " has no length");
        };
    }

    private static LocalDate countFrom(DeadlineRule rule, KnownInspection inspection) {
        return rule.after().countFromOrPublished() == DeadlineRule.CountFrom.ON_SITE_START
                && inspection.onSiteStart != null ? inspection.onSiteStart : inspection.publishedDate;
    }

    private static java.util.stream.Stream<Plan> answering(List<Plan> plans, KnownInspection inspection) {
        return plans.stream().filter(p -> p.inspectionIds.contains(inspection.inspectionId));
    }

    /** The first graded inspection of the council after this one (notified or on site after {@code after}). */
    private static Optional<LocalDate> nextGraded(KnownInspection inspection, List<KnownInspection> all,
                                                  LocalDate after) {
        return all.stream().filter(i -> Objects.equals(i.laCode, inspection.laCode) && GRADED.contains(i.type)
                        && !"WITHDRAWN".equals(i.status) && !i.inspectionId.equals(inspection.inspectionId))
                .map(DeadlineService::visitDate).filter(d -> d != null && d.isAfter(after))
                .min(Comparator.naturalOrder());
    }

    private static LocalDate visitDate(KnownInspection inspection) {
        return inspection.onSiteStart != null ? inspection.onSiteStart : inspection.notifiedDate;
    }

    private static Map<UUID, Long> priorityActions(List<KnownInspection> inspections) {
        Map<UUID, Long> counts = new HashMap<>();
        if (inspections.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = KnownFinding.getEntityManager().createQuery("select f.inspectionId, count(f) from"
                        + " KnownFinding f where f.kind = 'PRIORITY_ACTION' and f.inspectionId in ?1 group by"
                        + " f.inspectionId", Object[].class)
                .setParameter(1, inspections.stream().map(i -> i.inspectionId).toList()).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
