package org.csip.common.events;

/** Kafka header names of CloudEvents 1.0 binary mode and of CSIP's routing extensions. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_CONTENT_TYPE = "ce_datacontenttype";
    /** CloudEvents extension attributes carried so the gateway can filter without parsing every body. */
    public static final String LA_CODE = "ce_lacode";
    public static final String LEAD_AGENCY = "ce_leadagency";
    /**
     * For an event about a record of several councils (a police force's inspection, which names no single
     * {@link #LA_CODE}): every council it concerns, three-digit codes comma-separated ({@code 340,341,342}).
     */
    public static final String COUNCILS = "ce_councils";

    /** The council codes a {@link #COUNCILS} header names; empty when absent. Anything not a code is left out. */
    public static java.util.Set<String> councils(String header) {
        if (header == null || header.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(header.split(",")).map(String::strip).filter(c -> c.matches("[0-9]{3}"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    /**
     * The CloudEvents {@code sequence} extension: the event's place among its subject's (aggregate's) events, 1, 2,
     * 3 ... in commit order, written with leading zeros so the text sorts as the number does. A consumer that already
     * holds a later one of the subject's events leaves an earlier one unapplied.
     */
    public static final String SEQUENCE = "ce_sequence";
    /** Digits of a written {@link #SEQUENCE}. */
    public static final int SEQUENCE_DIGITS = 12;

    /**
     * A sequence number as the {@link #SEQUENCE} header writes it: {@link #SEQUENCE_DIGITS} digits, zero-padded, so
     * the headers sort as the numbers do. Padded by hand: {@code String.format} was half of what building an event's
     * headers cost the outbox relay.
     */
    public static String sequence(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("A sequence number is never negative: " + number);
        }
        String digits = Long.toString(number);
        return digits.length() >= SEQUENCE_DIGITS ? digits : "0".repeat(SEQUENCE_DIGITS - digits.length()) + digits;
    }

    /** The number a {@link #SEQUENCE} header holds; null when absent (events published before numbering) or unreadable. */
    public static Long sequenceNumber(String header) {
        if (header == null || header.isBlank() || header.length() > 18 || !header.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(header);
    }

    private CloudEventHeaders() {
    }
}
