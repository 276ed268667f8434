package org.csip.inspection.reportimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.InspectionType;

/**
 * Reads an ungraded focused or monitoring visit letter: the visit's dates from "This letter summarises the findings
 * of the … visit … on …", the signing inspector, the letter's date, what inspectors looked at, and the areas for
 * priority action and for improvement where the letter names them.
 */
final class VisitLetterReader {
    private static final Pattern DATES = Pattern.compile("findings of (?:the|a|an) (?:focused|monitoring) visit"
            + ".{0,200}? on (.{0,60})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED = Pattern.compile("Yours sincerely\\s+(.+?)\\s+(?:Her|His) Majesty['’]s"
            + " Inspector", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOKED_AT = Pattern.compile("Inspectors (?:looked at|evaluated|considered) (.{10,400}?)"
            + "\\.(?:\\s|$)");
    private static final Pattern PRIORITY = Pattern.compile("Areas? for priority action", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPROVEMENT = Pattern.compile("Areas? for improvement|What needs to improve\\??",
            Pattern.CASE_INSENSITIVE);
    /** Headings Ofsted's letters use; any of them ends the list before it. */
    private static final Pattern HEADING = Pattern.compile("Areas? for priority action|Areas? for improvement|What "
            + "needs to improve\\??|What the local authority is doing well|Findings|Overview|Next steps|Evaluation of"
            + " progress|Findings and evaluation of progress|Areas covered by the visit|Yours sincerely|Lead "
            + "inspector.*|Methodology|Headline findings|Summary", Pattern.CASE_INSENSITIVE);

    private VisitLetterReader() {
    }

    static void read(ReportText report, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        draft.type = draft.format == ReportFormat.FOCUSED_VISIT_LETTER ? InspectionType.FOCUSED_VISIT
                : InspectionType.MONITORING_VISIT;
        draft.framework = Frameworks.get("UNGRADED");
        Matcher visit = DATES.matcher(flat.text());
        Optional<Wording.Fieldwork> range = visit.find() ? Wording.fieldwork(visit.group(1)) : Optional.empty();
        if (range.isPresent()) {
            Cover.onSite(draft, range.get(), flat.page(visit.start()), Confidence.HIGH);
        } else {
            draft.missing("onSiteStart", "the letter's \"findings of the visit … on <dates>\" sentence was not found;"
                    + " give onSiteStart and onSiteEnd");
        }
        letterDate(flat, draft);
        signature(flat, draft);
        Matcher lookedAt = LOOKED_AT.matcher(flat.text());
        if (lookedAt.find()) {
            String theme = lookedAt.group(1);
            draft.theme = Character.toUpperCase(theme.charAt(0)) + theme.substring(1);
            draft.readFrom("theme", lookedAt.group().strip(), flat.page(lookedAt.start()), Confidence.MEDIUM);
        }
        list(report.lines(), PRIORITY, FindingKind.PRIORITY_ACTION, "Areas for priority action", draft);
        list(report.lines(), IMPROVEMENT, FindingKind.AREA_FOR_IMPROVEMENT, "Areas for improvement", draft);
        if (draft.findings.isEmpty()) {
            draft.note("findings", "the letter names no areas for priority action or for improvement as a list");
        }
    }

    /** The date printed above "Dear …": when the letter went to the council, shortly before Ofsted published it. */
    static void letterDate(ReportText.Flat flat, DraftBuilder draft) {
        int dear = flat.text().indexOf("Dear ");
        Optional<Wording.Dated> dated = dear < 0 ? Optional.empty()
                : Wording.date(flat.text().substring(0, dear));
        if (dated.isPresent()) {
            draft.publishedDate = dated.get().date();
            draft.readFrom("publishedDate", dated.get().asPrinted(), flat.page(dated.get().offset()),
                    Confidence.MEDIUM);
            draft.note("publishedDate", "the letter's own date (" + dated.get().asPrinted() + "); Ofsted publishes"
                    + " letters within days of sending them — correct it if the published date differs");
        } else {
            draft.missing("publishedDate", "the letter is not dated where letters are; give publishedDate");
        }
    }

    private static void signature(ReportText.Flat flat, DraftBuilder draft) {
        Matcher signed = SIGNED.matcher(flat.text());
        if (signed.find() && Wording.personName(signed.group(1).strip())) {
            draft.leadInspector = signed.group(1).strip();
            draft.readFrom("leadInspector", signed.group().strip(), flat.page(signed.start()), Confidence.HIGH);
        } else {
            draft.missing("leadInspector", "the letter's signature (\"Yours sincerely … Her/His Majesty's"
                    + " Inspector\") was not found");
        }
    }

    private static void list(List<ReportText.Line> lines, Pattern heading, FindingKind kind, String section,
                             DraftBuilder draft) {
        for (int start = 0; start < lines.size(); start++) {
            if (heading.matcher(lines.get(start).text()).matches()) {
                int from = start + 1;
                ListItems.Result items = ListItems.bulleted(lines, from, i -> HEADING.matcher(lines.get(i).text())
                        .matches());
                if (items.items().isEmpty()) {
                    items = ListItems.numbered(lines, from, i -> HEADING.matcher(lines.get(i).text()).matches(),
                            t -> false);
                }
                Findings.add(draft, items, kind, section, null);
                return;
            }
        }
    }

    /** "Focused visit to …" or "Monitoring visit (to|of) …" in the letter's opening, else null. */
    static ReportFormat formatOf(String opening) {
        String words = opening.toLowerCase(Locale.ROOT);
        int focused = words.indexOf("focused visit");
        int monitoring = words.indexOf("monitoring visit");
        if (focused < 0 && monitoring < 0) {
            return null;
        }
        if (monitoring < 0 || focused >= 0 && focused < monitoring) {
            return ReportFormat.FOCUSED_VISIT_LETTER;
        }
        return ReportFormat.MONITORING_VISIT_LETTER;
    }
}
