package org.csip.actionplan.deadline;

/** Where a deadline stands on a day. */
public enum DeadlineStatus {
    /** Owed and not yet met; the due date has not passed. */
    DUE,
    /** Owed, not met, and the due date has passed. */
    MISSED,
    /** Met on or before the due date. */
    MET,
    /** Met after the due date. */
    MET_LATE,
    /** An inspectorate's expected date, not yet come to pass (and the day not passed). */
    EXPECTED,
    /** An inspectorate's expected date that has passed with nothing recorded. */
    PAST_EXPECTED,
    /** The report sets the date and it is not recorded yet: record the inspection's responseDue. */
    DATE_NOT_RECORDED,
    /** The date falls in a year whose bank holidays CSIP does not hold, so working days cannot be counted. */
    CANNOT_WORK_OUT;

    /** Whether someone still has to act (or an inspectorate is still awaited). */
    public boolean open() {
        return this == DUE || this == MISSED || this == EXPECTED || this == PAST_EXPECTED || this == DATE_NOT_RECORDED;
    }
}
