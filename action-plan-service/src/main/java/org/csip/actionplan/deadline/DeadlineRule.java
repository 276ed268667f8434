package org.csip.actionplan.deadline;

import java.util.List;

/**
 * One statutory deadline or expected inspection date, as data (deadlines/deadline-rules.json): after which event,
 * how long, what is due, who owns it, what meets it, and the source that says so.
 */
public record DeadlineRule(String code, String title, Owner owner, Kind kind, Trigger after, Period within,
                           Period opensAfter, boolean repeats, boolean reportMaySet, MetBy metBy, String announcedBy,
                           String reportDateNote, String source, String sourceUrl) {

    /** Who must deliver it (or, for an expected date, who decides it). */
    public enum Owner { COUNCIL, POLICE, HEALTH, PARTNERSHIP, DFE_ADVISER, OFSTED }

    /** {@code DUE}: someone owes it, and missing it is announced; {@code EXPECTED}: an inspectorate's date, shown. */
    public enum Kind { DUE, EXPECTED }

    /** What the deadline counts from. */
    public enum Event { INSPECTION_PUBLISHED, INTERVENTION_REVIEW }

    /** The day of the inspection a period counts from. */
    public enum CountFrom { PUBLISHED, ON_SITE_START }

    /** How a period is counted. */
    public enum Unit { WORKING_DAYS, CALENDAR_DAYS, WEEKS, MONTHS, SET_BY_REPORT, REVIEW_CADENCE }

    /** What CSIP records that meets it. */
    public enum MetBy { PLAN_SUBMITTED, PLAN_STARTED, MONITORING_VISIT, GRADED_INSPECTION, REVIEW_RECORDED }

    /**
     * The event and the inspections it applies to: their types, and optionally whether they were judged inadequate
     * (the overall grade, or any judgement where the framework forms no overall grade) or named priority actions.
     */
    public record Trigger(Event event, List<String> inspectionTypes, Boolean judgedInadequate,
                          Boolean hasPriorityActions, CountFrom countFrom) {

        public CountFrom countFromOrPublished() {
            return countFrom == null ? CountFrom.PUBLISHED : countFrom;
        }
    }

    /** An amount of a unit ({@code SET_BY_REPORT} and {@code REVIEW_CADENCE} take theirs from the record). */
    public record Period(Integer amount, Unit unit) {

        String words() {
            return switch (unit) {
                case WORKING_DAYS -> amount + " working days";
                case CALENDAR_DAYS -> amount + " days";
                case WEEKS -> amount + " weeks";
                case MONTHS -> amount + " months";
                case SET_BY_REPORT -> "the date the report sets";
                case REVIEW_CADENCE -> "the intervention's review cadence";
            };
        }
    }
}
