package org.csip.actionplan.report;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report's templates write dates, numbers and codes for people (GOV.UK style: "4 November 2019"). */
@TemplateExtension
public final class ReportFormat {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportFormat() {
    }

    /** {@code 2019-11-04} → "4 November 2019". */
    static String govuk(LocalDate date) {
        return date.format(LONG_DATE);
    }

    /** {@code AREA_FOR_IMPROVEMENT} → "Area for improvement". */
    static String label(Enum<?> value) {
        return label(value.name());
    }

    /** {@code REQUIRES_IMPROVEMENT} → "Requires improvement". */
    static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Lower-case, for CSS classes ({@code RED} → "red"). */
    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** 19.70 → "19.7", 42.00 → "42". */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
