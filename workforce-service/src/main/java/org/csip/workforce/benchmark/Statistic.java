package org.csip.workforce.benchmark;

import java.math.BigDecimal;

/**
 * One published figure: a number, or the DfE's flag in its place ({@code c} suppressed, {@code x} not available,
 * {@code z} not applicable, {@code low}, {@code u} low reliability) — kept as the flag, never turned into 0.
 */
public record Statistic(BigDecimal value, String flag) {

    /** A figure as the file gives it; null when the cell is empty. */
    public static Statistic parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        try {
            return new Statistic(new BigDecimal(text), null);
        } catch (NumberFormatException notANumber) {
            return new Statistic(null, text);
        }
    }
}
