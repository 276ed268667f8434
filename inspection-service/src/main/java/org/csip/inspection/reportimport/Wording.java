package org.csip.inspection.reportimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.inspection.Grade;

/** How Ofsted words the things the importer reads — dates, grades, inspectors' names — in every year's layout. */
final class Wording {
    static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    static final String DATE = "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\s+(\\d{4})";
    /** "23 September 2019 to 4 October 2019", "21 November to 2 December 2022", "10 to 21 July 2023", "6 and 7 May". */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTHS + ")?(?:\\s+"
            + "(\\d{4}))?\\s*(?:to|-|–|—|and)\\s*" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
    /** Bullets Word exports in Ofsted's templates: the black square, bullets, and Symbol-font private-use glyphs. */
    static final Pattern BULLET = Pattern.compile("^[◼■•▪●\uF0B7\uF0A7\uF0FC]\\s*");
    /** A grade as printed, best match first: "Requires improvement to be good" before "Good". */
    static final String GRADE = "(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|inadequate|good|outstanding)";
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]+|de|van|von|du|le|la)){1,3}");

    private Wording() {
    }

    /** A date range with where it matched; a lone date is a one-day range. */
    record DateRange(LocalDate start, LocalDate end, String asPrinted, int offset) {
    }

    static Optional<DateRange> dateRange(String text) {
        Matcher m = RANGE.matcher(text);
        if (m.find()) {
            try {
                LocalDate end = date(m.group(4), m.group(5), m.group(6));
                Month startMonth = m.group(2) != null ? month(m.group(2)) : end.getMonth();
                int startYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                        : startMonth.getValue() > end.getMonthValue() ? end.getYear() - 1 : end.getYear();
                LocalDate start = LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(1)));
                return Optional.of(new DateRange(start, end, m.group().strip(), m.start()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return date(text).map(d -> new DateRange(d.start(), d.start(), d.asPrinted(), d.offset()));
    }

    static Optional<DateRange> date(String text) {
        Matcher m = SINGLE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            return Optional.of(new DateRange(date, date, m.group(), m.start()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A grade from its printed words ("Requires Improvement", "requires improvement to be good", "Good"). */
    static Optional<Grade> grade(String printed) {
        String words = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (words.startsWith("require")) {
            return Optional.of(Grade.REQUIRES_IMPROVEMENT);
        }
        return switch (words) {
            case "inadequate", "are inadequate", "is inadequate" -> Optional.of(Grade.INADEQUATE);
            case "good", "are good", "is good" -> Optional.of(Grade.GOOD);
            case "outstanding", "are outstanding", "is outstanding" -> Optional.of(Grade.OUTSTANDING);
            default -> Optional.empty();
        };
    }

    /** The words of a fixed phrase, matching however the report wrapped or spaced them. */
    static String phrase(String words) {
        return Pattern.quote(words).replace(" ", "\\E\\s+\\Q").replace("’", "\\E['’]\\Q");
    }

    /** True for a person's name as Ofsted prints it ("Lorna Schlechte", "Mandy Nightingale"). */
    static boolean personName(String text) {
        return PERSON.matcher(text).matches();
    }

    /**
     * Lines re-joined into one paragraph: a space between lines, except after a line that ends in a hyphen joined
     * to a word ("multi-" + "agency"), which Word breaks at without adding anything.
     */
    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                boolean hyphenBreak = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                        && Character.isLetter(text.charAt(text.length() - 2));
                if (!hyphenBreak) {
                    text.append(' ');
                }
            }
            text.append(line);
        }
        return text.toString().strip();
    }

    private static LocalDate date(String day, String month, String year) {
        return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
