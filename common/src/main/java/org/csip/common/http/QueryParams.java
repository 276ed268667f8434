package org.csip.common.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;

/**
 * Reads optional query parameters so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer an unconvertible query parameter with a bare 404).
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** The enum constant named by {@code value}, or null when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(parameter, "must be one of " + allowed);
        }
    }

    /** An ISO-8601 date ({@code 2019-11-04}), or null when absent. */
    public static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be an ISO-8601 date such as 2019-11-04");
        }
    }

    /** A UUID, or null when absent. */
    public static java.util.UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be a UUID");
        }
    }

    /** Refuses a date range whose end comes before its start, naming the end parameter. */
    public static void requireOrdered(LocalDate from, LocalDate to, String fromParameter, String toParameter) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField(toParameter, "must not be before " + fromParameter);
        }
    }
}
