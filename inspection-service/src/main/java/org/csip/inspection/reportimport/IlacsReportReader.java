package org.csip.inspection.reportimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads an ILACS inspection report (2018 on): dates and lead inspector from the cover, the judgement table (checked
 * against each judgement's section heading in the body), and the "What needs to improve" bullets.
 */
final class IlacsReportReader {
    /** The judgements' printed names, longest first so "children in care and care leavers" wins over "children in care". */
    private static final Map<JudgementArea, String> AREAS = new java.util.LinkedHashMap<>();

    static {
        AREAS.put(JudgementArea.IMPACT_OF_LEADERS,
                "The impact of leaders on social work practice with children and families");
        AREAS.put(JudgementArea.HELP_AND_PROTECTION,
                "The experiences and progress of children who need help and protection");
        AREAS.put(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                "The experiences and progress of children in care and care leavers");
        AREAS.put(JudgementArea.CHILDREN_IN_CARE, "The experiences and progress of children in care");
        AREAS.put(JudgementArea.CARE_LEAVERS, "The experiences and progress of care leavers");
        AREAS.put(JudgementArea.OVERALL_EFFECTIVENESS, "Overall effectiveness");
    }

    private static final Pattern TABLE_ROW = Judgements.nameThenGrade(AREAS, "\\s+");
    private static final Pattern SECTION_HEADING = Judgements.nameThenGrade(AREAS, "\\s*(?:is\\s*)?:\\s*");
    private static final Pattern OVERALL_ROW = Pattern.compile(Wording.phrase("Overall effectiveness") + "\\s+"
            + Wording.GRADE, Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_NEEDS_TO_IMPROVE = Pattern.compile("What needs to improve\\??",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATES = Pattern.compile("Inspection dates?\\s*:\\s*(.{0,80})");

    private IlacsReportReader() {
    }

    static void read(ReportText report, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        Cover.dates(flat, DATES, draft);
        Cover.leadInspector(flat, Cover.LEAD_INSPECTOR, draft);
        judgements(flat, draft);
        findings(report.lines(), draft);
    }

    private static void judgements(ReportText.Flat flat, DraftBuilder draft) {
        Map<JudgementArea, Judgements.Printed> table = new EnumMap<>(JudgementArea.class);
        int tableStart = flat.text().indexOf("Judgement Grade");
        int tableEnd = tableStart < 0 ? -1 : endOfOverall(flat.text(), tableStart);
        if (tableStart < 0 || tableEnd < 0) {
            draft.missing("judgements", "no judgement table (\"Judgement Grade\" … \"Overall effectiveness\") was"
                    + " found on the report's cover; give the grades when confirming");
        } else {
            String block = flat.text().substring(tableStart + "Judgement Grade".length(), tableEnd);
            Matcher row = TABLE_ROW.matcher(block);
            StringBuilder unread = new StringBuilder(block);
            while (row.find()) {
                JudgementArea area = Judgements.areaNamed(AREAS, row.group(1));
                table.putIfAbsent(area, new Judgements.Printed(row.group(2), flat.page(tableStart + row.start())));
                for (int i = row.start(); i < row.end(); i++) {
                    unread.setCharAt(i, ' ');
                }
            }
            if (!unread.toString().isBlank()) {
                draft.check("judgements", "the judgement table has words the importer did not recognise: \""
                        + unread.toString().replaceAll("\\s+", " ").strip() + "\"");
            }
        }
        Map<JudgementArea, Judgements.Printed> headings = new EnumMap<>(JudgementArea.class);
        Matcher heading = SECTION_HEADING.matcher(flat.text());
        while (heading.find()) {
            headings.putIfAbsent(Judgements.areaNamed(AREAS, heading.group(1)), new Judgements.Printed(heading.group(2), flat.page(heading.start())));
        }
        for (JudgementArea area : AREAS.keySet()) {
            Judgements.Printed inTable = table.get(area);
            Judgements.Printed inBody = headings.get(area);
            if (inTable == null && inBody == null) {
                continue;
            }
            Judgements.add(draft, area, inTable, inBody, area == JudgementArea.OVERALL_EFFECTIVENESS
                    ? "the overall grade is printed only in the table" : null);
        }
    }

    /** Just after the grade that follows "Overall effectiveness", which closes the table. */
    private static int endOfOverall(String text, int from) {
        Matcher overall = OVERALL_ROW.matcher(text);
        return overall.find(from) && overall.start() - from < 1500 ? overall.end() : -1;
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
        ListItems.Result list = ListItems.bulleted(lines, start, i -> judgementSection(lines, i));
        Findings.add(draft, list, FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve", null);
    }

    /** A judgement's own section ("The experiences and progress of …: inadequate") ends the list before it. */
    private static boolean judgementSection(List<ReportText.Line> lines, int i) {
        String text = lines.get(i).text();
        if (!text.startsWith("The experiences and progress") && !text.startsWith("The impact of leaders")) {
            return false;
        }
        StringBuilder joined = new StringBuilder(text);
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            joined.append(' ').append(lines.get(j).text());
        }
        return SECTION_HEADING.matcher(joined).lookingAt();
    }
}
