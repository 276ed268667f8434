package org.csip.common.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.csip.common.input.InputRules;
import org.csip.common.problem.ProblemException;

/**
 * Reads optional query parameters so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer an unconvertible query parameter with a bare 404).
 */
public final class QueryParams {
    /** The last page number a list accepts: beyond any list CSIP holds, far below an offset that would overflow. */
    public static final int LAST_PAGE = 100_000;
    private static final Clock UK_TIME = Clock.system(ZoneId.of("Europe/London"));

    private QueryParams() {
    }

    /** The enum constant named by {@code value}, or null when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        value = given(value, parameter);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(parameter, "must be one of " + allowed);
        }
    }

    /** An ISO-8601 date ({@code 2019-11-04}) in CSIP's window ({@link InputRules}), or null when absent. */
    public static LocalDate date(String value, String parameter) {
        value = given(value, parameter);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be an ISO-8601 date such as 2019-11-04");
        }
        String problem = InputRules.dateProblem(date, UK_TIME);
        if (problem != null) {
            throw ProblemException.invalidField(parameter, problem);
        }
        return date;
    }

    /** Free text (a search term) without its surrounding white space, or null when absent or blank. */
    public static String text(String value, String parameter) {
        return given(value, parameter);
    }

    /** A three-digit DfE council code, or null when absent. */
    public static String council(String value, String parameter) {
        value = given(value, parameter);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{3}")) {
            throw ProblemException.invalidField(parameter, "must be a three-digit DfE local authority code");
        }
        return value;
    }

    /** A UUID, or null when absent. */
    public static java.util.UUID uuid(String value, String parameter) {
        value = given(value, parameter);
        if (value == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be a UUID");
        }
    }

    /** A whole number from {@code min} to {@code max}, or {@code absent} when not given. */
    public static int whole(String value, String parameter, int absent, int min, int max) {
        value = given(value, parameter);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw ProblemException.invalidField(parameter, "must be a whole number from " + min + " to " + max);
    }

    /** {@code true} or {@code false} (any other word is refused, not read as false), or false when not given. */
    public static boolean flag(String value, String parameter) {
        value = given(value, parameter);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(parameter, "must be true or false");
        };
    }

    /**
     * The value without its surrounding white space, or null when absent or blank. A control character anywhere is
     * refused (400 naming the parameter) before anything is stripped: {@link String#trim()} would silently drop a
     * NUL at either end and read {@code 344%00} as council 344.
     */
    private static String given(String value, String parameter) {
        if (value == null) {
            return null;
        }
        String problem = InputRules.textProblem(value);
        if (problem != null) {
            throw ProblemException.invalidField(parameter, problem);
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Refuses a date range whose end comes before its start, naming the end parameter. */
    public static void requireOrdered(LocalDate from, LocalDate to, String fromParameter, String toParameter) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField(toParameter, "must not be before " + fromParameter);
        }
    }
}
