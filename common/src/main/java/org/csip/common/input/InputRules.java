package org.csip.common.input;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place that states what CSIP accepts as input, whichever service or door it arrives by: the window a date
 * must fall in, the characters text may hold, the range of a rate and of a statistics year. Strict JSON
 * ({@link StrictJson}), query parameters ({@code QueryParams}) and the file importers all ask here, so a rule is
 * changed once. docs/security.md lists them.
 */
public final class InputRules {
    /** No CSIP record (inspection, plan, intervention, staff, statistic) starts before this unless its field says. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** How far ahead a date may be: due dates and plans run at most a few years, never decades. */
    public static final int YEARS_AHEAD = 5;
    /** The first and last academic/financial year a published statistic may be for. */
    public static final int EARLIEST_YEAR = 2000;
    /** A text value longer than this is refused before any column is asked (the longest column is 4,000). */
    public static final int MAX_TEXT = 20_000;

    private InputRules() {
    }

    /** The latest date accepted today. */
    public static LocalDate latestDate(Clock clock) {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    /** The latest statistics year accepted today (a year's figures are published in the year after). */
    public static int latestYear(Clock clock) {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** Why {@code date} is refused (a sentence for the field's error), or null when it lies in its window. */
    public static String dateProblem(LocalDate date, LocalDate earliest, Clock clock) {
        LocalDate latest = latestDate(clock);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            return "must be a date between " + earliest + " and " + latest;
        }
        return null;
    }

    /** {@link #dateProblem(LocalDate, LocalDate, Clock)} with the platform's earliest date. */
    public static String dateProblem(LocalDate date, Clock clock) {
        return dateProblem(date, EARLIEST_DATE, clock);
    }

    /** Why a statistics year is refused, or null when it is in the data's range. */
    public static String yearProblem(int year, Clock clock) {
        int latest = latestYear(clock);
        return year < EARLIEST_YEAR || year > latest
                ? "must be a year between " + EARLIEST_YEAR + " and " + latest : null;
    }

    /**
     * Why {@code text} is refused, or null. Refused: NUL and the other C0 controls except tab, line feed and carriage
     * return; DEL and the C1 controls; the bidirectional embedding, override and isolate controls (U+202A-U+202E,
     * U+2066-U+2069), which can make text read differently from what it holds ("Trojan Source", CVE-2021-42574);
     * unpaired surrogates; and text over {@link #MAX_TEXT} characters.
     */
    public static String textProblem(String text) {
        if (text.length() > MAX_TEXT) {
            return "must be at most " + MAX_TEXT + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (refused(c)) {
                return String.format("must not contain the control character U+%04X (at position %d)", (int) c, i);
            }
        }
        return null;
    }

    private static boolean refused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }
}
