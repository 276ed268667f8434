package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a bulleted or numbered list in a report, each re-joined from its lines — across blank lines, page
 * breaks and the page furniture already removed — with the page it starts on and the sub-heading it sits under.
 * Sub-bullets (a second bullet glyph) stay part of their item; an item saying there are none is not an item.
 */
final class ListItems {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s*(.*)$");
    /** "There are no areas for priority action", "The inspection did not find any areas for priority …". */
    private static final Pattern NONE = Pattern.compile("^(?:There (?:are|were) no |The inspection did not (?:find|identify)"
            + " any |No areas? for |None\\.?$|Not applicable)", Pattern.CASE_INSENSITIVE);
    /** Glyphs Word's bullets come out as: squares, dots, arrows, ticks, and the Symbol/Wingdings private-use area. */
    private static final String BULLET_GLYPHS = "•◦‣∙·●○▪▫■□◆◇◼◻►▶▸➢➤✓✔❖⦁";

    /**
     * One list item. {@code number} is the printed number of a numbered item, else 0; {@code followed} is true when
     * the next item of the same list began right after it, so an item without a full stop was not cut short.
     */
    record Item(int number, String text, int page, boolean spansPages, String heading, boolean endsAsSentence,
                boolean followed) {
    }

    /**
     * What went on between items that a reviewer should know about: lines outside any item, and statements that there
     * are none ({@code numberedNone} when the report numbered such a statement like an item).
     */
    record Result(List<Item> items, List<String> strayLines, List<String> none, boolean numberedNone) {
    }

    private ListItems() {
    }

    /** The bullet glyph a line starts with, or 0: any symbol, private-use or combining mark before the text. */
    static int bullet(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int c = line.codePointAt(0);
        int type = Character.getType(c);
        boolean glyph = BULLET_GLYPHS.indexOf(c) >= 0 || type == Character.PRIVATE_USE
                || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        if (glyph && c != '<' && c != '>' && c != '=' && c != '+') {
            return c;
        }
        return line.length() > 2 && line.startsWith("o ") ? 'o' : 0;
    }

    private static String afterBullet(String line) {
        return line.substring(Character.charCount(line.codePointAt(0))).strip();
    }

    /**
     * Items starting with a bullet, from {@code from} up to the first line {@code end} accepts, or — once an item is
     * finished — a capitalised line after a gap that is not bulleted (the text after the list). The first glyph seen
     * is the list's own; lines with another glyph are sub-bullets of the item above.
     */
    static Result bulleted(List<ReportText.Line> lines, int from, Predicate<Integer> end) {
        List<Item> items = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        List<String> none = new ArrayList<>();
        Builder current = null;
        int top = 0;
        boolean gap = false;
        boolean openBullet = false;
        for (int i = from; i < lines.size() && !end.test(i); i++) {
            ReportText.Line line = lines.get(i);
            if (line.blank()) {
                gap = true;
                continue;
            }
            int glyph = bullet(line.text());
            String text = glyph == 0 ? line.text() : glyph == 'o' ? line.text().substring(2).strip()
                    : afterBullet(line.text());
            if (glyph != 0 && top == 0) {
                top = glyph;
            }
            if (glyph != 0 && glyph == top) {
                add(items, none, followed(current));
                current = new Builder(0, line.page(), null);
                openBullet = text.isEmpty();
                if (!text.isEmpty()) {
                    current.add(text, line.page());
                }
            } else if (glyph != 0 && current != null) {
                current.addSub(text, line.page());
            } else if (current != null && openBullet) {
                current.add(text, line.page());
                openBullet = false;
            } else if (current != null && gap && current.finished() && Character.isUpperCase(text.codePointAt(0))
                    && !moreItemsFollow(lines, i, top, end)) {
                break;
            } else if (current != null) {
                current.add(text, line.page());
            } else {
                stray.add(text);
            }
            gap = false;
        }
        add(items, none, current);
        return new Result(items, stray, none, false);
    }

    /**
     * A list printed without bullets (or whose bullets the PDF draws as pictures): lines re-joined into items, a new
     * item starting where a line ends a sentence and the next begins with a capital. Only a fallback — the caller
     * flags it for a person to check.
     */
    static Result bySentences(List<ReportText.Line> lines, int from, Predicate<Integer> end) {
        List<Item> items = new ArrayList<>();
        List<String> none = new ArrayList<>();
        Builder current = null;
        for (int i = from; i < lines.size() && !end.test(i); i++) {
            ReportText.Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (current == null || current.finished() && Character.isUpperCase(line.text().codePointAt(0))) {
                add(items, none, followed(current));
                current = new Builder(0, line.page(), null);
            }
            current.add(line.text(), line.page());
        }
        add(items, none, current);
        return new Result(items, List.of(), none, false);
    }

    /**
     * Whether another item of the list (its own glyph) comes before the list's end: then a capitalised line after a
     * gap is the item above continuing on a new page, not the text after the list.
     */
    private static boolean moreItemsFollow(List<ReportText.Line> lines, int from, int top, Predicate<Integer> end) {
        for (int i = from + 1; i < lines.size() && i < from + 60 && !end.test(i); i++) {
            if (bullet(lines.get(i).text()) == top) {
                return true;
            }
        }
        return false;
    }

    /**
     * Numbered items ("1. Ensure …") from {@code from} up to the first line {@code end} accepts or the first heading
     * after a finished item. A short line that follows a finished item and comes just before a numbered item is a
     * sub-heading ("Care leavers"), not text; one followed by ordinary text is the next section's heading.
     */
    static Result numbered(List<ReportText.Line> lines, int from, Predicate<Integer> end,
                           Predicate<String> sectionHeading) {
        List<Item> items = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        List<String> none = new ArrayList<>();
        Builder current = null;
        String heading = null;
        boolean numberedNone = false;
        List<ReportText.Line> section = new ArrayList<>();
        for (int i = from; i < lines.size() && !end.test(i); i++) {
            if (!lines.get(i).blank()) {
                section.add(lines.get(i));
            }
        }
        for (int i = 0; i < section.size(); i++) {
            ReportText.Line line = section.get(i);
            Matcher numbered = NUMBERED.matcher(line.text());
            String next = i + 1 < section.size() ? section.get(i + 1).text() : "";
            if (numbered.matches() && (current == null || current.number == 0
                    || Integer.parseInt(numbered.group(1)) == current.number + 1 || current.finished())) {
                int before = none.size();
                add(items, none, followed(current));
                numberedNone |= none.size() > before;
                current = new Builder(Integer.parseInt(numbered.group(1)), line.page(), heading);
                if (!numbered.group(2).isEmpty()) {
                    current.add(numbered.group(2), line.page());
                }
            } else if (sectionHeading.test(line.text())) {
                add(items, none, current);
                current = null;
                heading = null;
            } else if ((current == null || current.finished()) && looksLikeHeading(line.text())
                    && !(next.length() > 0 && Character.isLowerCase(next.codePointAt(0)))) {
                if (!NUMBERED.matcher(next).matches() && current != null) {
                    break;
                }
                add(items, none, current);
                current = null;
                heading = line.text();
            } else if (current != null) {
                if (bullet(line.text()) != 0) {
                    current.addSub(bullet(line.text()) == 'o' ? line.text().substring(2).strip()
                            : afterBullet(line.text()), line.page());
                } else {
                    current.add(line.text(), line.page());
                }
            } else if (NONE.matcher(line.text()).find()) {
                none.add(line.text());
            } else {
                stray.add(line.text());
            }
        }
        int unnumbered = none.size();
        add(items, none, current);
        return new Result(items, stray, none, numberedNone || none.size() > unnumbered);
    }

    /** A sub-heading starts with a capital and is not a sentence ("Care leavers", "Early help and protection"). */
    private static boolean looksLikeHeading(String text) {
        return Character.isUpperCase(text.codePointAt(0)) && !text.matches(".*[.,;:]$") && text.length() <= 80
                && bullet(text) == 0;
    }

    private static Builder followed(Builder builder) {
        if (builder != null) {
            builder.followed = true;
        }
        return builder;
    }

    private static void add(List<Item> items, List<String> none, Builder builder) {
        if (builder == null || builder.lines.isEmpty()) {
            return;
        }
        Item item = builder.build();
        if (NONE.matcher(item.text()).find()) {
            none.add(item.text());
        } else {
            items.add(item);
        }
    }

    private static final class Builder {
        private final int number;
        private final int page;
        private final String heading;
        private final List<String> lines = new ArrayList<>();
        private int lastPage;
        private boolean followed;

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

        /** A sub-bullet: its own line of the item, set off from the text before by a semicolon if nothing else. */
        void addSub(String text, int onPage) {
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                if (!last.matches(".*[:;,.]$")) {
                    lines.set(lines.size() - 1, last + ";");
                }
            }
            add(text, onPage);
        }

        /** The item's last sentence is complete, so a line after it may be a heading (not after "…;"). */
        boolean finished() {
            String text = Wording.join(lines);
            return text.endsWith(".") || text.endsWith(".)") || text.endsWith("?");
        }

        Item build() {
            String text = Wording.join(lines);
            return new Item(number, text, page, lastPage != page, heading,
                    text.endsWith(".") || text.endsWith("?") || text.endsWith(")"), followed);
        }
    }
}
