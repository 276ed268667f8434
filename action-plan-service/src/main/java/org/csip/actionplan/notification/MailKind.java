package org.csip.actionplan.notification;

/** What a message is: each kind is composed once per person and period. */
public enum MailKind {
    /** An action owner's agency's actions due within 14 days and overdue (daily or weekly). */
    DIGEST,
    /** A statutory deadline the person's agency owns (or the partnership) falling due within 14 days. */
    DEADLINE,
    /** The pack for the improvement board's next meeting: open and overdue actions, decisions due (monthly). */
    BOARD_PACK,
    /** The DfE adviser's reminder of a review falling due, with the link to the progress report. */
    REVIEW_REMINDER
}
