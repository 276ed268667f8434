package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a bulleted or numbered list in a report, each re-joined from its lines — across blank lines, page
 * breaks and the page furniture already removed — with the page it starts on and the sub-heading it sits under.
 */
final class ListItems {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.*)$");

    /** One list item. {@code number} is the printed number of a numbered item, else 0. */
    record Item(int number, String text, int page, boolean spansPages, String heading, boolean endsAsSentence) {
    }

    /** What went on between items that a reviewer should know about. */
    record Result(List<Item> items, List<String> strayLines) {
    }

    private ListItems() {
    }

    /** Items starting with a bullet, from {@code from} up to the first line {@code end} accepts. */
    static Result bulleted(List<ReportText.Line> lines, int from, Predicate<Integer> end) {
        List<Item> items = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        Builder current = null;
        for (ReportText.Line line : section(lines, from, end)) {
            Matcher bullet = Wording.BULLET.matcher(line.text());
            if (bullet.find()) {
                add(items, current);
                current = new Builder(0, line.page(), null);
                current.add(line.text().substring(bullet.end()), line.page());
            } else if (current != null) {
                current.add(line.text(), line.page());
            } else {
                stray.add(line.text());
            }
        }
        add(items, current);
        return new Result(items, stray);
    }

    /**
     * Numbered items ("1. Ensure …") from {@code from} up to the first line {@code end} accepts. A short line that
     * follows a finished sentence and comes just before a numbered item is a sub-heading ("Care leavers"), not text.
     */
    static Result numbered(List<ReportText.Line> lines, int from, Predicate<Integer> end,
                           Predicate<String> sectionHeading) {
        List<Item> items = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        Builder current = null;
        String heading = null;
        List<ReportText.Line> section = section(lines, from, end);
        for (int i = 0; i < section.size(); i++) {
            ReportText.Line line = section.get(i);
            Matcher numbered = NUMBERED.matcher(line.text());
            if (numbered.matches()) {
                add(items, current);
                current = new Builder(Integer.parseInt(numbered.group(1)), line.page(), heading);
                current.add(numbered.group(2), line.page());
            } else if (sectionHeading.test(line.text())) {
                add(items, current);
                current = null;
                heading = null;
            } else if ((current == null || current.finished()) && looksLikeHeading(line.text())
                    && i + 1 < section.size() && NUMBERED.matcher(section.get(i + 1).text()).matches()) {
                add(items, current);
                current = null;
                heading = line.text();
            } else if (current != null) {
                current.add(line.text(), line.page());
            } else {
                stray.add(line.text());
            }
        }
        add(items, current);
        return new Result(items, stray);
    }

    /** A sub-heading starts with a capital and is not a sentence ("Care leavers", "Early help and protection"). */
    private static boolean looksLikeHeading(String text) {
        return Character.isUpperCase(text.charAt(0)) && !text.endsWith(".") && text.length() <= 80;
    }

    /** The non-blank lines from {@code from} up to the first line {@code end} accepts. */
    private static List<ReportText.Line> section(List<ReportText.Line> lines, int from, Predicate<Integer> end) {
        List<ReportText.Line> section = new ArrayList<>();
        for (int i = from; i < lines.size() && !end.test(i); i++) {
            if (!lines.get(i).blank()) {
                section.add(lines.get(i));
            }
        }
        return section;
    }

    private static void add(List<Item> items, Builder builder) {
        if (builder != null) {
            items.add(builder.build());
        }
    }

    private static final class Builder {
        private final int number;
        private final int page;
        private final String heading;
        private final List<String> lines = new ArrayList<>();
        private int lastPage;

        Builder(int number, int page, String heading) {
            this.number = number;
            this.page = page;
            this.heading = heading;
            this.lastPage = page;
        }

        void add(String text, int onPage) {
            lines.add(text);
            lastPage = onPage;
        }

        /** The item's last sentence is complete, so a line after it may be a heading (not after "…;"). */
        boolean finished() {
            return Wording.join(lines).endsWith(".");
        }

        Item build() {
            String text = Wording.join(lines);
            return new Item(number, text, page, lastPage != page, heading,
                    text.endsWith(".") || text.endsWith("?") || text.endsWith(")"));
        }
    }
}
