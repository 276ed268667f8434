package org.csip.inspection.reportimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.inspection.Grade;

/** How Ofsted words the things the importer reads — dates, grades, inspectors' names — in every year's layout. */
final class Wording {
    /** Full and abbreviated month names ("September", "Sept", "Sep."). */
    static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** Every dash a report's dates have been seen with: hyphen, en and em dashes, minus, box-drawing lines. */
    static final String DASH = "[-‐‑‒–—―−─━~]";
    static final String DATE = "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})";
    /** One date as printed, its parts optional where a range shares them: "28", "28 January", "28 Jan 2014", "28/01/2014". */
    private static final Pattern TOKEN = Pattern.compile("\\G\\s*(?:(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"
            + "|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTHS + ")?(?:,?\\s+(\\d{4}))?(?![\\d/]))", Pattern.CASE_INSENSITIVE);
    /** Between two dates: a range ("to", any dash) or a new block ("and", a comma). */
    private static final Pattern SEPARATOR = Pattern.compile("\\G\\s*(?:(to|until|till|" + DASH + ")|(and|&|,|;))\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
    /** A grade as printed, best match first: "Requires improvement to be good" before "Good". */
    static final String GRADE = "(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|inadequate|good|outstanding"
            + "|not\\s+judged)";
    /** After a grade: no further letter ("goodness" is no grade), though a footnote mark may follow ("good1"). */
    static final String WORD_END = "(?!\\p{L})";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.]*(?:-\\p{Lu}?[\\p{L}'’.]+)*";
    private static final Pattern PERSON = Pattern.compile(NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|de|van|von|du|le|la"
            + "|da|di|del|der|den|ter|bin|al)){1,3}");
    /** A person's name at the start of a text, before titles and labels: "Jane Doe, HMI", "Jane Doe Deputy lead …". */
    private static final Pattern PERSON_FIRST = Pattern.compile("^(" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD
            + "|de|van|von|du|le|la|da|di|del|der|den|ter|bin|al)){1,3}?)(?=\\s*(?:$|[,;(]|\\bHMI\\b|\\bSenior\\b|\\bHer\\b"
            + "|\\bHis\\b|\\bDeputy\\b|\\bTeam\\b|\\bJudgement\\b|\\bInspection\\b|\\bInspector\\b|\\bOfsted\\b"
            + "|\\bSocial\\b|\\band\\b|\\bLead\\b|\\bRegulatory\\b|\\bShadow\\b|\\bQuality\\b|\\bCQC\\b|\\bAge\\b"
            + "|\\bPublished\\b|\\bReport\\b|\\bThe\\b|\\bThis\\b|\\bOverall\\b|\\bChildren\\b|\\bServices\\b|\\d))");
    private static final Pattern TITLES = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+");

    private Wording() {
    }

    /**
     * The dates printed at the very start of {@code text}, as blocks of fieldwork: "13 May to 24 May 2019",
     * "19 November-11 December 2013 and 28 – 30 January 2014", "6 and 7 May 2020", "08/07/2019 - 19/07/2019". Parts a
     * date leaves out (month, year) come from the dates after it. Empty when the text does not start with a date.
     */
    static Optional<Fieldwork> fieldwork(String text) {
        List<int[]> parts = new ArrayList<>();
        List<Boolean> rangeBefore = new ArrayList<>();
        int at = 0;
        int end = 0;
        while (true) {
            Matcher token = TOKEN.matcher(text);
            if (!token.find(at) || token.group().isBlank()) {
                break;
            }
            int[] date = parts(token);
            if (date == null) {
                break;
            }
            parts.add(date);
            end = token.end();
            Matcher separator = SEPARATOR.matcher(text);
            if (!separator.find(end)) {
                break;
            }
            Matcher next = TOKEN.matcher(text);
            if (!next.find(separator.end()) || next.group().isBlank() || parts(next) == null) {
                break;
            }
            rangeBefore.add(separator.group(1) != null);
            at = separator.end();
        }
        if (parts.isEmpty() || parts.get(parts.size() - 1)[1] == 0 || parts.get(parts.size() - 1)[2] == 0) {
            return Optional.empty();
        }
        try {
            List<LocalDate> dates = resolve(parts);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                if (i > 0 && rangeBefore.get(i - 1)) {
                    Block open = blocks.remove(blocks.size() - 1);
                    blocks.add(new Block(open.start(), dates.get(i)));
                } else {
                    blocks.add(new Block(dates.get(i), dates.get(i)));
                }
            }
            List<Block> merged = mergeSingleDays(blocks);
            return Optional.of(new Fieldwork(merged, text.substring(0, end).strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Day, month (1-12, 0 if not printed) and year (0 if not printed) of one token; null if it is no date. */
    private static int[] parts(Matcher token) {
        if (token.group(1) != null) {
            int year = Integer.parseInt(token.group(3));
            return new int[]{Integer.parseInt(token.group(1)), Integer.parseInt(token.group(2)),
                year < 100 ? 2000 + year : year};
        }
        if (token.group(4) == null) {
            return null;
        }
        int month = token.group(5) == null ? 0 : month(token.group(5)).getValue();
        int year = token.group(6) == null ? 0 : Integer.parseInt(token.group(6));
        return new int[]{Integer.parseInt(token.group(4)), month, year};
    }

    /** Fills each date's missing month and year from the dates after it ("28 December to 3 January 2014"). */
    private static List<LocalDate> resolve(List<int[]> parts) {
        LocalDate[] dates = new LocalDate[parts.size()];
        for (int i = parts.size() - 1; i >= 0; i--) {
            int[] p = parts.get(i);
            LocalDate next = i + 1 < parts.size() ? dates[i + 1] : null;
            int month = p[1] != 0 ? p[1] : next.getMonthValue();
            int year = p[2] != 0 ? p[2] : month > next.getMonthValue() ? next.getYear() - 1 : next.getYear();
            dates[i] = LocalDate.of(year, month, p[0]);
        }
        return List.of(dates);
    }

    /** "6 and 7 May" is one visit of two days, not two one-day blocks. */
    private static List<Block> mergeSingleDays(List<Block> blocks) {
        List<Block> merged = new ArrayList<>();
        for (Block block : blocks) {
            Block last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !block.end().isAfter(last.end().plusDays(1)) && !block.start().isBefore(last.start())) {
                merged.set(merged.size() - 1, new Block(last.start(), block.end()));
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    /** Days of fieldwork, first to last. */
    record Block(LocalDate start, LocalDate end) {
    }

    /** The fieldwork dates as printed: one block, or several for a split visit ("… and …"). */
    record Fieldwork(List<Block> blocks, String asPrinted) {
        LocalDate start() {
            return blocks.get(0).start();
        }

        LocalDate end() {
            return blocks.get(blocks.size() - 1).end();
        }
    }

    /** The first date anywhere in {@code text} ("8 August 2014", "07 February 2017"), with where it was printed. */
    static Optional<Dated> date(String text) {
        Matcher m = SINGLE.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(new Dated(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))), m.group(), m.start()));
            } catch (DateTimeException e) {
                // "31 September": not a date; look on
            }
        }
        return Optional.empty();
    }

    /** A date and the words it was read from. */
    record Dated(LocalDate date, String asPrinted, int offset) {
    }

    /** A grade from its printed words ("Requires Improvement", "require improvement to be good", "Not judged"). */
    static Optional<Grade> grade(String printed) {
        String words = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (words.startsWith("are ") || words.startsWith("is ")) {
            words = words.substring(words.indexOf(' ') + 1);
        }
        if (words.startsWith("require")) {
            return Optional.of(Grade.REQUIRES_IMPROVEMENT);
        }
        return switch (words) {
            case "inadequate" -> Optional.of(Grade.INADEQUATE);
            case "good" -> Optional.of(Grade.GOOD);
            case "outstanding" -> Optional.of(Grade.OUTSTANDING);
            case "not judged" -> Optional.of(Grade.NOT_JUDGED);
            default -> Optional.empty();
        };
    }

    /** The words of a fixed phrase, matching however the report wrapped, spaced, hyphenated or quoted them. */
    static String phrase(String words) {
        StringBuilder regex = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(word).replace("’", "\\E['’]\\Q").replace("'", "\\E['’]\\Q")
                    .replace("-", "\\E\\s*-\\s*\\Q"));
        }
        return regex.toString().replace("\\Q\\E", "");
    }

    /** True for a person's name as Ofsted prints it ("Lorna Schlechte", "Paula Thomson-Jones", "Dick O’Brien"). */
    static boolean personName(String text) {
        return PERSON.matcher(text).matches();
    }

    /**
     * The person's name {@code text} starts with (after "Mr", "Dr" …), before any title or label that follows it, and
     * the offset just after it; empty if the text starts otherwise. Call on {@link #mendNames} text.
     */
    static Optional<Name> leadingName(String text) {
        Matcher title = TITLES.matcher(text);
        int from = title.find() ? title.end() : 0;
        Matcher m = PERSON_FIRST.matcher(text.substring(from));
        return m.find() ? Optional.of(new Name(m.group(1).strip(), from + m.end(1))) : Optional.empty();
    }

    /** A name as read and the offset just after it. */
    record Name(String name, int end) {
    }

    /** Names broken at a hyphen by a line end ("Thomson- Jones") made whole again. */
    static String mendNames(String text) {
        return text.replaceAll("(\\p{L})-\\s+(\\p{Lu})", "$1-$2");
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

    static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("No month " + name);
    }
}
