package org.csip.inspection.reportimport;

/**
 * Something the importer could not read with confidence, said instead of guessed: which draft field, how much it
 * matters and what to check.
 */
public record DraftFlag(String field, Severity severity, String message) {

    /** What the reviewer must do about a flag. */
    public enum Severity {
        /** The value is not in the report (or unreadable): give it when confirming, or confirming is refused. */
        MISSING,
        /** A value was read but is uncertain: check it against the PDF before confirming. */
        CHECK,
        /** For information: how a value was worked out, or what the importer deliberately leaves out. */
        NOTE
    }
}
