package org.csip.inspection.reportimport;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads a single inspection framework report (2013–2017): the cover's dates, publication date, overall judgement
 * and numbered judgements (each checked against its "Key judgement" box or graded-judgement sentence in the body),
 * the lead inspector from "Information about this inspection", and the numbered recommendations — "Priority and
 * immediate action" and "Areas for improvement" — of the local authority (the LSCB review is left out, and said so).
 */
final class SifReportReader {
    private static final Map<JudgementArea, String> COVER = new LinkedHashMap<>();
    private static final Map<JudgementArea, String> BODY = new LinkedHashMap<>();

    static {
        COVER.put(JudgementArea.HELP_AND_PROTECTION, "Children who need help and protection");
        COVER.put(JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, "Children looked after and achieving permanence");
        COVER.put(JudgementArea.ADOPTION_PERFORMANCE, "Adoption performance");
        COVER.put(JudgementArea.CARE_LEAVERS, "Experiences and progress of care leavers");
        COVER.put(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, "Leadership, management and governance");
        BODY.put(JudgementArea.HELP_AND_PROTECTION,
                "Key judgement Judgement grade The experiences and progress of children who need help and protection");
        BODY.put(JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, "Key judgement Judgement grade The experiences"
                + " and progress of children looked after and achieving permanence");
        BODY.put(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE,
                "Key judgement Judgement grade Leadership, management and governance");
        BODY.put(JudgementArea.ADOPTION_PERFORMANCE, "The graded judgment for adoption performance is that it");
        BODY.put(JudgementArea.CARE_LEAVERS,
                "The graded judgment about the experience and progress of care leavers is that it");
    }

    private static final Pattern DATES = Pattern.compile("Inspection dates?\\s*:\\s*(.{0,80})");
    private static final Pattern PUBLISHED = Pattern.compile("Report published\\s*:\\s*(" + Wording.DATE + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OVERALL = Pattern.compile("overall judgement is that children['’]s services\\s+"
            + "(require improvement|requires improvement|are inadequate|are good|are outstanding)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COVER_LIST_START = Pattern.compile(
            Wording.phrase("contribute to overall effectiveness are:"), Pattern.CASE_INSENSITIVE);
    private static final Pattern COVER_ROW = Judgements.nameThenGrade(COVER, "\\s+");
    /** Each judgement's statement in the body: its "Key judgement" box or "The graded judgment for …" sentence. */
    private static final Map<JudgementArea, Pattern> BODY_GRADE = new EnumMap<>(JudgementArea.class);

    static {
        BODY.forEach((area, words) -> BODY_GRADE.put(area, Pattern.compile(Wording.phrase(words)
                + "\\s+(?:is\\s+)?" + Wording.GRADE, Pattern.CASE_INSENSITIVE)));
    }
    private static final Pattern NEED_TO_IMPROVE = Pattern.compile(
            "What does the local authority need to improve\\??", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIORITY = Pattern.compile("Priority and immediate action", Pattern.CASE_INSENSITIVE);
    private static final Pattern AREAS_FOR_IMPROVEMENT = Pattern.compile("Areas for improvement",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_AFTER = Pattern.compile("The local authority['’]s strengths|Progress since"
            + " the last inspection|Summary for children and young people|Information about this local authority"
            + " area|Inspection judgements about the local authority", Pattern.CASE_INSENSITIVE);

    private SifReportReader() {
    }

    static void read(ReportText report, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        draft.type = InspectionType.SIF;
        draft.framework = Framework.SIF;
        Cover.dates(flat, DATES, draft);
        Matcher published = PUBLISHED.matcher(flat.text());
        if (published.find()) {
            Wording.date(published.group(1)).ifPresent(d -> {
                draft.publishedDate = d.start();
                draft.readFrom("publishedDate", published.group().strip(), flat.page(published.start()), Confidence.HIGH);
            });
        }
        Cover.leadInspector(flat, Cover.LEAD_INSPECTOR, draft);
        judgements(flat, draft);
        findings(report.lines(), draft);
        if (flat.text().toLowerCase(Locale.ROOT).contains("review of the effectiveness of the local safeguarding")) {
            draft.note("findings", "the report also reviews the Local Safeguarding Children Board (its own judgement"
                    + " and recommendations); CSIP records the local authority's inspection, so those are not imported");
        }
    }

    private static void judgements(ReportText.Flat flat, DraftBuilder draft) {
        Matcher overall = OVERALL.matcher(flat.text());
        if (overall.find()) {
            Judgements.add(draft, JudgementArea.OVERALL_EFFECTIVENESS,
                    new Judgements.Printed(overall.group(1), flat.page(overall.start())), null, "printed once");
        } else {
            draft.missing("judgements.OVERALL_EFFECTIVENESS", "the cover's \"overall judgement is that children's"
                    + " services …\" sentence was not found");
        }
        Map<JudgementArea, Judgements.Printed> cover = new EnumMap<>(JudgementArea.class);
        Matcher start = COVER_LIST_START.matcher(flat.text());
        if (start.find()) {
            String block = flat.text().substring(start.end(), Math.min(flat.text().length(), start.end() + 600));
            Matcher row = COVER_ROW.matcher(block);
            while (row.find()) {
                cover.putIfAbsent(Judgements.areaNamed(COVER, row.group(1)),
                        new Judgements.Printed(row.group(2), flat.page(start.end() + row.start())));
            }
        }
        for (JudgementArea area : COVER.keySet()) {
            Judgements.Printed body = bodyGrade(flat, area);
            if (cover.get(area) == null && body == null) {
                draft.missing("judgements." + area.name(), "the grade for \"" + COVER.get(area) + "\" was not found");
            } else {
                Judgements.add(draft, area, cover.get(area), body, null);
            }
        }
    }

    private static Judgements.Printed bodyGrade(ReportText.Flat flat, JudgementArea area) {
        Matcher m = BODY_GRADE.get(area).matcher(flat.text());
        return m.find() ? new Judgements.Printed(m.group(1), flat.page(m.start())) : null;
    }

    private static void findings(List<ReportText.Line> lines, DraftBuilder draft) {
        int start = indexOf(lines, NEED_TO_IMPROVE, 0, lines.size());
        if (start < 0) {
            draft.missing("findings", "no \"What does the local authority need to improve?\" section was found");
            return;
        }
        int end = indexOf(lines, SECTION_AFTER, start + 1, lines.size());
        end = end < 0 ? lines.size() : end;
        int priority = indexOf(lines, PRIORITY, start + 1, end);
        int areas = indexOf(lines, AREAS_FOR_IMPROVEMENT, start + 1, end);
        if (priority >= 0) {
            int until = areas > priority ? areas : end;
            Findings.add(draft, ListItems.numbered(lines, priority + 1, i -> i >= until, t -> false),
                    FindingKind.PRIORITY_ACTION, "Priority and immediate action", SifReportReader::areaOfHeading);
        }
        if (areas >= 0) {
            int until = priority > areas ? priority : end;
            Findings.add(draft, ListItems.numbered(lines, areas + 1, i -> i >= until, t -> false),
                    FindingKind.AREA_FOR_IMPROVEMENT, "Areas for improvement", SifReportReader::areaOfHeading);
        }
        if (priority < 0 && areas < 0) {
            int until = end;
            Findings.add(draft, ListItems.numbered(lines, start + 1, i -> i >= until, t -> false),
                    FindingKind.AREA_FOR_IMPROVEMENT, "What does the local authority need to improve?",
                    SifReportReader::areaOfHeading);
            draft.check("findings", "the recommendations are not split into \"Priority and immediate action\" and"
                    + " \"Areas for improvement\"; all were read as areas for improvement");
        }
    }

    /** The SIF judgement a recommendation's sub-heading names, where it plainly names one. */
    static JudgementArea areaOfHeading(String heading) {
        String words = heading.toLowerCase(Locale.ROOT);
        if (words.contains("care leaver")) {
            return JudgementArea.CARE_LEAVERS;
        }
        if (words.contains("adoption")) {
            return JudgementArea.ADOPTION_PERFORMANCE;
        }
        if (words.contains("looked after")) {
            return JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE;
        }
        if (words.contains("leadership")) {
            return JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
        }
        if (words.contains("help and protection")) {
            return JudgementArea.HELP_AND_PROTECTION;
        }
        return null;
    }

    private static int indexOf(List<ReportText.Line> lines, Pattern heading, int from, int to) {
        for (int i = from; i < to; i++) {
            if (heading.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }
}
