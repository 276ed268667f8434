package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads an ILACS inspection report (2018 on): dates and lead inspector from the cover, the judgement table (each
 * grade checked against the judgement's own section heading in the body), and the "What needs to improve" bullets.
 * The judgements it knows are the ILACS frameworks' areas in {@code frameworks.json}, so a framework that adds or
 * drops one (ILACS 2026 has no overall grade) is read without a code change.
 */
final class IlacsReportReader {
    /** Each ILACS area's printed name, longest first so "children in care and care leavers" wins over "children in care". */
    private static final Map<JudgementArea, String> AREAS = ilacsAreas();
    private static final Pattern TABLE_ROW = Pattern.compile("\\G\\s*" + Judgements.nameThenGrade(AREAS,
            "\\s*:?\\s*").pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_ROW = Judgements.nameThenGrade(AREAS, "\\s*:?\\s*");
    /** A table read column by column: the names one after another, then the grades. */
    private static final Pattern NAME_CELL = Pattern.compile("\\G\\s*(" + Judgements.anyName(AREAS) + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GRADE_CELL = Pattern.compile("\\G\\s*" + Wording.GRADE + Wording.WORD_END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_HEAD = Pattern.compile("Judgements?\\s+Grades?\\b", Pattern.CASE_INSENSITIVE);
    /** A row after the last one read that names something else and ends in a grade: a judgement we do not know. */
    private static final Pattern UNKNOWN_ROW = Pattern.compile("\\G\\s*((?:The (?:experiences|impact|effectiveness)|How"
            + " well)\\b[^.:,\\d]{5,110}?)\\s*:?\\s*" + Wording.GRADE + Wording.WORD_END, Pattern.CASE_INSENSITIVE);
    /**
     * "The experiences and progress of children in care: good", "… help and protection are: outstanding", "… care
     * leavers are good": a heading, so only where it fills its own lines (see {@link #isHeading}).
     */
    private static final Pattern SECTION_HEADING = Judgements.nameThenGrade(AREAS,
            "\\s*(?:(?:is|are)\\s*)?:?\\s*(?:(?:is|are)\\s+)?");
    private static final Pattern WHAT_NEEDS_TO_IMPROVE = Pattern.compile("What needs to improve(?:\\s+in\\s+[^?:]{1,60})?"
            + "\\s*[?:]?\\s*[\\d¹²³*†]{0,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^\\d{1,3}\\.\\s+\\p{Lu}");
    private static final Pattern NEXT_SECTION = Pattern.compile("^(?:Summary|Areas? for priority action|What the local"
            + " authority (?:is doing well|needs to improve)|Overall effectiveness|Information about this (?:inspection|"
            + "local authority)|Leadership and management|The local authority's strengths)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private IlacsReportReader() {
    }

    static void read(ReportText report, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        Cover.dates(flat, Cover.DATES, 2, draft);
        Cover.leadInspector(flat, draft);
        judgements(flat, draft);
        findings(report.lines(), draft);
    }

    /** The printed names of every area of the frameworks that grade standard inspections (ILACS). */
    private static Map<JudgementArea, String> ilacsAreas() {
        Map<JudgementArea, String> areas = new LinkedHashMap<>();
        for (Framework framework : Frameworks.forType(InspectionType.STANDARD)) {
            for (Framework.Area area : framework.areas()) {
                areas.putIfAbsent(area.code(), area.label());
            }
        }
        return areas;
    }

    private static void judgements(ReportText.Flat flat, DraftBuilder draft) {
        String text = flat.text();
        Map<JudgementArea, List<Judgements.Printed>> table = new LinkedHashMap<>();
        int start = tableStart(flat);
        int tableEnd = start;
        boolean byColumns = false;
        if (start < 0) {
            draft.missing("judgements", "no judgement table (\"Judgement Grade\" and a row per judgement) was found"
                    + " on the report's first pages; give the grades when confirming");
        } else {
            Matcher row = TABLE_ROW.matcher(text);
            int at = start;
            while (row.find(at)) {
                table.computeIfAbsent(Judgements.areaNamed(AREAS, row.group(1)), a -> new ArrayList<>())
                        .add(new Judgements.Printed(row.group(2), flat.page(row.start(1)), row.start(1)));
                at = row.end();
            }
            if (table.isEmpty()) {
                int end = columns(flat, start, table, draft);
                byColumns = end > at;
                at = end;
            }
            tableEnd = at;
            Matcher unknown = UNKNOWN_ROW.matcher(text);
            if (!table.isEmpty() && unknown.find(at) && !SECTION_HEADING.matcher(unknown.group()).find()) {
                draft.check("judgements", "the judgement table has a row the importer does not know: \""
                        + unknown.group().strip() + "\"");
            }
        }
        Map<JudgementArea, List<Judgements.Printed>> sections = new LinkedHashMap<>();
        Matcher heading = SECTION_HEADING.matcher(text);
        while (heading.find()) {
            // The table's own cells are no confirmation of themselves: nothing on the table's page counts as a
            // section, and the overall grade, printed only in the table, has no section.
            if (heading.start() >= start && heading.start() < tableEnd || !isHeading(flat, heading)
                    || start >= 0 && flat.page(heading.start()) == flat.page(start)
                    || Judgements.areaNamed(AREAS, heading.group(1)).equals(JudgementArea.OVERALL_EFFECTIVENESS)) {
                continue;
            }
            sections.computeIfAbsent(Judgements.areaNamed(AREAS, heading.group(1)), a -> new ArrayList<>())
                    .add(new Judgements.Printed(heading.group(2), flat.page(heading.start()), heading.start()));
        }
        // Read by columns, the overall grade is trusted only if every other row's pairing is confirmed by its section.
        boolean pairedRight = !byColumns || table.entrySet().stream()
                .filter(e -> !e.getKey().equals(JudgementArea.OVERALL_EFFECTIVENESS))
                .allMatch(e -> sections.getOrDefault(e.getKey(), List.of()).stream()
                        .anyMatch(p -> p.grade().equals(e.getValue().get(0).grade())));
        for (JudgementArea area : AREAS.keySet()) {
            Judgements.add(draft, area, table.getOrDefault(area, List.of()), sections.getOrDefault(area, List.of()),
                    area.equals(JudgementArea.OVERALL_EFFECTIVENESS) && pairedRight
                            ? "the overall grade is printed only in the table" : null);
        }
    }

    /**
     * A table the PDF gives column by column — every judgement's name, then every grade — paired in order when there
     * are as many grades as names (three or more); the end of what was read, or {@code from} when it is no such table.
     */
    private static int columns(ReportText.Flat flat, int from, Map<JudgementArea, List<Judgements.Printed>> table,
                               DraftBuilder draft) {
        List<String> names = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher name = NAME_CELL.matcher(flat.text());
        int at = from;
        while (name.find(at)) {
            names.add(name.group(1));
            offsets.add(name.start(1));
            at = name.end();
        }
        List<Judgements.Printed> grades = new ArrayList<>();
        Matcher grade = GRADE_CELL.matcher(flat.text());
        while (grade.find(at)) {
            grades.add(new Judgements.Printed(grade.group(1), flat.page(grade.start(1)), offsets.get(Math.min(
                    grades.size(), offsets.size() - 1))));
            at = grade.end();
            if (grades.size() == names.size()) {
                break;
            }
        }
        if (names.size() < 3 || grades.size() != names.size()) {
            return from;
        }
        for (int i = 0; i < names.size(); i++) {
            table.computeIfAbsent(Judgements.areaNamed(AREAS, names.get(i)), a -> new ArrayList<>()).add(grades.get(i));
        }
        draft.note("judgements.table-by-columns", "the judgement table came out of the PDF column by column (every"
                + " name, then every grade): paired in order, each checked against its section");
        return at;
    }

    /** A judgement's section heading starts a printed line and its grade ends one (a footnote mark may follow). */
    private static boolean isHeading(ReportText.Flat flat, Matcher heading) {
        int end = heading.end();
        while (end < flat.text().length() && !flat.endsLine(end) && end - heading.end() < 2
                && (Character.isDigit(flat.text().charAt(end)) || flat.text().charAt(end) == '.')) {
            end++;
        }
        return flat.startsLine(heading.start()) && (flat.endsLine(end) || flat.text().startsWith(":", end)
                || end == flat.text().length());
    }

    /** Where the rows begin: after "Judgement Grade", else at the first row on the first two pages; -1 if neither. */
    private static int tableStart(ReportText.Flat flat) {
        Matcher head = TABLE_HEAD.matcher(flat.text());
        if (head.find() && flat.page(head.start()) <= 2) {
            return head.end();
        }
        Matcher row = ANY_ROW.matcher(flat.text());
        return row.find() && flat.page(row.start()) <= 2 ? row.start() : -1;
    }

    private static void findings(List<ReportText.Line> lines, DraftBuilder draft) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (WHAT_NEEDS_TO_IMPROVE.matcher(lines.get(i).text()).matches()) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            draft.missing("findings", "no \"What needs to improve\" section was found; add the areas for"
                    + " improvement when confirming");
            return;
        }
        int from = start;
        ListItems.Result list = ListItems.bulleted(lines, from, i -> endsList(lines, i));
        if (list.items().isEmpty() && !list.strayLines().isEmpty()) {
            list = ListItems.bySentences(lines, from, i -> endsList(lines, i));
            draft.check("findings", "\"What needs to improve\" has no bullets as read: its items were told apart where a"
                    + " sentence ends; check them against the PDF");
        }
        Findings.add(draft, list, FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve", null);
    }

    /** A judgement's own section, a numbered paragraph or another section's heading ends the list before it. */
    private static boolean endsList(List<ReportText.Line> lines, int i) {
        String text = lines.get(i).text();
        if (NUMBERED_PARAGRAPH.matcher(text).find() || NEXT_SECTION.matcher(text).matches()) {
            return true;
        }
        if (!text.startsWith("The ")) {
            return false;
        }
        StringBuilder joined = new StringBuilder(text);
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            joined.append(' ').append(lines.get(j).text());
        }
        return SECTION_HEADING.matcher(joined).lookingAt();
    }
}
