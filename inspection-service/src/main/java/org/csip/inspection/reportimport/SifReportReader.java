package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads a single inspection framework report (2013–2018, full inspections and re-inspections, both layouts): the
 * cover's dates, publication date, headline overall judgement and numbered judgements, each checked against its
 * statement in the body; the Local Safeguarding Children Board's own grade where the report reviews it; the lead
 * inspector; and the local authority's recommendations — the numbered "Recommendations" (2015 on) or the "Priority
 * and immediate action" and "Areas for improvement" of "What does the local authority need to improve?" (2013–14).
 * The board's recommendations are kept apart from the council's findings.
 */
final class SifReportReader {
    /** How each judgement is named in the cover's numbered list. */
    private static final Map<JudgementArea, String> COVER = new LinkedHashMap<>();
    /** How each judgement is named where its own section states it. */
    private static final Map<JudgementArea, String> BODY = new LinkedHashMap<>();
    private static final String NOT_A_STATEMENT = "(?!\\s+(?:if|at|for|to|in|and|or|with|when|than|that|as|of)\\b)";

    static {
        COVER.put(JudgementArea.HELP_AND_PROTECTION, "Children who need help and protection");
        COVER.put(JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, "Children looked after and achieving permanence");
        COVER.put(JudgementArea.ADOPTION_PERFORMANCE, "Adoption performance");
        COVER.put(JudgementArea.CARE_LEAVERS, "Experiences and progress of care leavers");
        COVER.put(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, "Leadership, management and governance");
        BODY.put(JudgementArea.HELP_AND_PROTECTION,
                "The experiences and progress of children who need help and protection");
        BODY.put(JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE,
                "The experiences and progress of children looked after and achieving permanence");
        BODY.put(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, "Leadership, management and governance");
    }

    /** "1. Children who need help and protection Good", "2.2 Experiences and progress of care leavers Requires improvement". */
    private static final Pattern COVER_ROW = Judgements.nameThenGrade(COVER, "\\s*:?\\s*");
    /** A section's statement: its heading and grade, or the "Key judgement / Judgement grade" box before them. */
    private static final Pattern BODY_STATEMENT = Pattern.compile(Judgements.nameThenGrade(BODY,
            "\\s*(?:is\\s+|are\\s+)?(?:that\\s+it\\s+(?:is\\s+)?)?").pattern() + NOT_A_STATEMENT, Pattern.CASE_INSENSITIVE);
    private static final Pattern GRADED_JUDGEMENT = Pattern.compile("The\\s+graded\\s+judge?ment\\s+(?:for|about|on)\\s+"
            + "(?:the\\s+)?(adoption\\s+performance|experiences?\\s+and\\s+progress\\s+of\\s+care\\s+leavers)\\s+(?:is|are)\\s+"
            + "(?:that\\s+(?:it|they)\\s+)?(?:is\\s+|are\\s+)?" + Wording.GRADE + Wording.WORD_END,
            Pattern.CASE_INSENSITIVE);
    /** "The overall judgement is (that children's services are) …", "Children's services in X are …", "… require …". */
    private static final Pattern OVERALL = Pattern.compile("(?:The\\s+overall\\s+judge?ment\\s+is\\s+(?:that\\s+)?"
            + "(?:children['’]s\\s+services\\s+(?:in\\s+[^.]{1,100}?\\s+)?)?|Children['’]s\\s+services\\s+(?:in\\s+[^.]{1,100}?\\s+)?)"
            + "(?:are\\s+|is\\s+)?" + Wording.GRADE + Wording.WORD_END + NOT_A_STATEMENT, Pattern.CASE_INSENSITIVE);
    /** The board's grade: on the 2013–14 cover, and as its section's heading or first sentence. */
    private static final Pattern LSCB = Pattern.compile("(?:The\\s+)?(?:effectiveness\\s+of\\s+the\\s+)?(?:Local\\s+"
            + "Safeguarding\\s+Children\\s+Board(?:\\s*\\(LSCB\\))?|LSCB)\\s+(?:is\\s+|are\\s+)?" + Wording.GRADE + Wording.WORD_END
            + NOT_A_STATEMENT, Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_BEGINS = Pattern.compile("Executive summary|Contents|Summary of (?:key )?findings"
            + "|Section 1\\b", Pattern.CASE_INSENSITIVE);
    /** The cover's title says the report also reviews the board (re-inspections do not). */
    private static final Pattern REVIEWS_BOARD = Pattern.compile("Review\\s+of\\s+the\\s+effectiveness\\s+of\\s+the\\s+"
            + "Local\\s+Safeguarding\\s+Children\\s+Board", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("Report published\\s*:?\\s*(" + Wording.DATE + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDATIONS = Pattern.compile("Recommendations\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEED_TO_IMPROVE = Pattern.compile(
            "What does the (?:local authority|LSCB|Board) need to improve\\s*\\??", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIORITY = Pattern.compile("Priority and immediate actions?:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AREAS_FOR_IMPROVEMENT = Pattern.compile("Areas for improvement:?",
            Pattern.CASE_INSENSITIVE);
    /** Where the board's part of the report begins: its recommendations are not the council's. */
    private static final Pattern LSCB_SECTION = Pattern.compile("Section 2\\b.*|(?:The (?:effectiveness of the )?)?"
            + "Local Safeguarding Children Board(?: \\(LSCB\\))?|Review of the effectiveness of the Local Safeguarding"
            + " Children Board.*|What does the LSCB need to improve\\??", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_AFTER = Pattern.compile("(?:The local authority(?:['’]s strengths| has the"
            + " following strengths)|The LSCB(?:['’]s strengths| has the following strengths)|(?:Key )?strengths(?: and"
            + " weaknesses)?(?: of the (?:LSCB|Board|local authority))?:?$|Progress since"
            + " the last inspection|Summary for children and young people|Information about this (?:local authority"
            + " area|inspection)|Inspection judge?ments? (?:about|of) |Summary of (?:key )?findings|The experiences and"
            + " progress of children|Executive summary|Inspection findings|Section 2|What the inspection judgements"
            + " mean).*", Pattern.CASE_INSENSITIVE);

    private SifReportReader() {
    }

    static void read(ReportText report, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        draft.type = InspectionType.SIF;
        draft.framework = Frameworks.get("SIF");
        Cover.dates(flat, Cover.DATES, 2, draft);
        Matcher published = PUBLISHED.matcher(flat.text());
        if (published.find()) {
            Wording.date(published.group(1)).ifPresent(d -> {
                draft.publishedDate = d.date();
                draft.readFrom("publishedDate", published.group().strip(), flat.page(published.start()),
                        Confidence.HIGH);
            });
        }
        Cover.leadInspector(flat, draft);
        judgements(flat, draft);
        findings(report.lines(), draft);
    }

    private static void judgements(ReportText.Flat flat, DraftBuilder draft) {
        int coverEnd = coverEnd(flat);
        List<Judgements.Printed> overall = Judgements.all(flat, OVERALL, 1);
        Judgements.add(draft, JudgementArea.OVERALL_EFFECTIVENESS, onCover(overall, coverEnd), inBody(overall, coverEnd),
                "the headline judgement is printed once, on the cover");
        if (onCover(overall, coverEnd).isEmpty()) {
            draft.judgements.removeIf(j -> j.area().equals(JudgementArea.OVERALL_EFFECTIVENESS));
            draft.missing("judgements.OVERALL_EFFECTIVENESS", "the cover's headline judgement (\"Children's services"
                    + " in … are …\" or \"The overall judgement is …\") was not found");
        }
        Map<JudgementArea, List<Judgements.Printed>> cover = byArea(flat, COVER_ROW, COVER, coverEnd, true);
        Map<JudgementArea, List<Judgements.Printed>> body = byArea(flat, BODY_STATEMENT, BODY, coverEnd, false);
        Matcher graded = GRADED_JUDGEMENT.matcher(flat.text());
        while (graded.find()) {
            JudgementArea area = graded.group(1).toLowerCase(Locale.ROOT).startsWith("adoption")
                    ? JudgementArea.ADOPTION_PERFORMANCE : JudgementArea.CARE_LEAVERS;
            body.computeIfAbsent(area, a -> new ArrayList<>())
                    .add(new Judgements.Printed(graded.group(2), flat.page(graded.start()), graded.start()));
        }
        for (JudgementArea area : COVER.keySet()) {
            List<Judgements.Printed> summary = cover.getOrDefault(area, List.of());
            List<Judgements.Printed> section = body.getOrDefault(area, List.of());
            if (summary.isEmpty() && section.isEmpty()) {
                draft.missing("judgements." + area.code(), "the grade for \"" + COVER.get(area) + "\" was not found");
            } else {
                Judgements.add(draft, area, summary, section, null);
            }
        }
        if (REVIEWS_BOARD.matcher(flat.text().substring(0, Math.min(flat.text().length(), 1500))).find()) {
            List<Judgements.Printed> lscb = Judgements.all(flat, LSCB, 1);
            if (lscb.isEmpty()) {
                draft.check("judgements.LSCB", "the report reviews the Local Safeguarding Children Board, but its grade"
                        + " was not found; give it if the report states one");
            }
            Judgements.add(draft, JudgementArea.LSCB, onCover(lscb, coverEnd), inBody(lscb, coverEnd),
                    "the 2015–18 layout states the board's grade once, as its section's heading");
        }
    }

    /**
     * Where the cover's summary ends: at the first "Executive summary", "Contents", "Summary of findings" or "Section
     * 1" heading — so a judgement list split by a page break is still read as the cover's — else with page 1.
     */
    private static int coverEnd(ReportText.Flat flat) {
        Matcher body = BODY_BEGINS.matcher(flat.text());
        while (body.find()) {
            if (flat.page(body.start()) > 3) {
                break;
            }
            if (flat.startsLine(body.start())) {
                return body.start();
            }
        }
        int end = 0;
        while (end < flat.text().length() && flat.page(end) == 1) {
            end++;
        }
        return end;
    }

    /** Statements by area: in the cover's summary only, or only after it. */
    private static Map<JudgementArea, List<Judgements.Printed>> byArea(ReportText.Flat flat, Pattern pattern,
                                                                        Map<JudgementArea, String> names, int coverEnd,
                                                                        boolean cover) {
        Map<JudgementArea, List<Judgements.Printed>> found = new LinkedHashMap<>();
        Matcher m = pattern.matcher(flat.text());
        while (m.find()) {
            if (m.start() < coverEnd == cover) {
                found.computeIfAbsent(Judgements.areaNamed(names, m.group(1)), a -> new ArrayList<>())
                        .add(new Judgements.Printed(m.group(2), flat.page(m.start()), m.start()));
            }
        }
        return found;
    }

    private static List<Judgements.Printed> onCover(List<Judgements.Printed> statements, int coverEnd) {
        return statements.stream().filter(p -> p.offset() < coverEnd).limit(1).toList();
    }

    private static List<Judgements.Printed> inBody(List<Judgements.Printed> statements, int coverEnd) {
        return statements.stream().filter(p -> p.offset() >= coverEnd).toList();
    }

    private static void findings(List<ReportText.Line> lines, DraftBuilder draft) {
        int lscbFrom = lscbSection(lines);
        int recommendations = indexOf(lines, RECOMMENDATIONS, firstPageAfterCover(lines), lines.size());
        if (recommendations >= 0 && (lscbFrom < 0 || recommendations < lscbFrom)) {
            Findings.add(draft, list(lines, recommendations + 1, lines.size()), FindingKind.AREA_FOR_IMPROVEMENT,
                    "Recommendations", SifReportReader::areaOfHeading);
            int theirs = lscbFrom < 0 ? -1 : indexOf(lines, RECOMMENDATIONS, lscbFrom, lines.size());
            if (theirs >= 0) {
                Findings.add(draft, draft.lscbRecommendations, list(lines, theirs + 1, lines.size()),
                        FindingKind.AREA_FOR_IMPROVEMENT, "Recommendations to the LSCB", null);
            }
        } else {
            needToImprove(lines, 0, lscbFrom < 0 ? lines.size() : lscbFrom, draft.findings, draft);
            if (lscbFrom >= 0) {
                needToImprove(lines, lscbFrom, lines.size(), draft.lscbRecommendations, draft);
            }
        }
        if (!draft.lscbRecommendations.isEmpty()) {
            draft.note("lscbRecommendations", "the report also makes " + draft.lscbRecommendations.size()
                    + " recommendation(s) to the Local Safeguarding Children Board; they are the partnership's, kept"
                    + " apart here and not recorded as the council's findings");
        }
    }

    /**
     * The 2013–14 layout: "What does the local authority need to improve?" (or straight away "Priority and immediate
     * action") with its priority actions and areas for improvement, numbered, in {@code from..to}.
     */
    private static void needToImprove(List<ReportText.Line> lines, int from, int limit, List<DraftFinding> into,
                                      DraftBuilder draft) {
        boolean lscb = into != draft.findings;
        int start = indexOf(lines, NEED_TO_IMPROVE, from, limit);
        int priority = indexOf(lines, PRIORITY, start < 0 ? from : start + 1, limit);
        if (start < 0 && priority < 0 && lscb) {
            start = indexOf(lines, AREAS_FOR_IMPROVEMENT, from, limit);
            start = start < 0 ? -1 : start - 1;
        }
        if (start < 0 && priority < 0) {
            if (!lscb) {
                draft.missing("findings", "neither \"Recommendations\" nor \"What does the local authority need to"
                        + " improve?\" was found; add the recommendations when confirming");
            }
            return;
        }
        int begin = start >= 0 ? start : priority - 1;
        int to = limit;
        for (int i = begin + 1; i < limit; i++) {
            if (endsSection(lines, i)) {
                to = i;
                break;
            }
        }
        priority = priority >= to ? -1 : priority;
        int areas = indexOf(lines, AREAS_FOR_IMPROVEMENT, begin + 1, to);
        String label = lscb ? " (LSCB)" : "";
        if (priority >= 0) {
            Findings.add(draft, into, list(lines, priority + 1, areas > priority ? areas : to),
                    FindingKind.PRIORITY_ACTION, "Priority and immediate action" + label,
                    lscb ? null : SifReportReader::areaOfHeading);
        }
        if (areas >= 0) {
            Findings.add(draft, into, list(lines, areas + 1, priority > areas ? priority : to),
                    FindingKind.AREA_FOR_IMPROVEMENT, "Areas for improvement" + label,
                    lscb ? null : SifReportReader::areaOfHeading);
        }
        if (priority < 0 && areas < 0) {
            Findings.add(draft, into, list(lines, begin + 1, to), FindingKind.AREA_FOR_IMPROVEMENT,
                    "What does the local authority need to improve?" + label,
                    lscb ? null : SifReportReader::areaOfHeading);
        }
    }

    /** The numbered items from {@code from} (before {@code until} and the next section), else bulleted ones. */
    private static ListItems.Result list(List<ReportText.Line> lines, int from, int until) {
        ListItems.Result numbered = ListItems.numbered(lines, from, i -> i >= until || endsSection(lines, i), t -> false);
        if (!numbered.items().isEmpty() || !numbered.none().isEmpty()) {
            return numbered;
        }
        ListItems.Result bulleted = ListItems.bulleted(lines, from, i -> i >= until || endsSection(lines, i));
        return bulleted.items().isEmpty() ? numbered : bulleted;
    }

    private static boolean endsSection(List<ReportText.Line> lines, int i) {
        return SECTION_AFTER.matcher(lines.get(i).text()).matches();
    }

    /** The first line of the board's own part of the report (after the contents page), or -1. */
    private static int lscbSection(List<ReportText.Line> lines) {
        for (int i = firstPageAfterCover(lines); i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (LSCB_SECTION.matcher(text).matches() && !text.matches(".*\\d$")) {
                return i;
            }
        }
        return -1;
    }

    /** Headings on page 1 and a contents page ("Recommendations 8") are not the sections themselves. */
    private static int firstPageAfterCover(List<ReportText.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).page() > 1) {
                return i;
            }
        }
        return lines.size();
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
        for (int i = Math.max(0, from); i < to; i++) {
            if (heading.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }
}
