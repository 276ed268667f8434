package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.common.security.Addressee;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.InspectionType;

/**
 * Reads a joint targeted area inspection letter, best effort: its structure is looser than a report's. The theme and
 * area from its title, the fieldwork from "took place …", the letter's date, the inspectorates, the findings ("What
 * needs to improve", "Areas for improvement", "Areas for priority action") and whom each addresses — from an
 * agency's sub-heading where the letter groups them, else from the agencies the item names, flagged for a person
 * whenever that is not one plain answer — and the date the written statement of action is due.
 */
final class JtaiLetterReader {
    /** "Joint targeted area inspection of the multi-agency response to … in Leeds" (the area after the last " in "). */
    static final Pattern TITLE = Pattern.compile("Joint\\s+targeted\\s+area\\s+inspection\\s+(?:\\(JTAI\\)\\s+)?of\\s+"
            + "(.{5,220}?)\\s+in\\s+(\\p{Lu}[^\\n.]{1,80}?)\\s*(?:\\n|\\.|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELDWORK = Pattern.compile("took\\s+place\\s+(?:from|between|on|during)?\\s*"
            + "(?:the\\s+week\\s+of\\s+)?(.{0,60})", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT_DUE = Pattern.compile("written\\s+statement\\s+of\\s+(?:proposed\\s+)?"
            + "action.{0,600}?\\bby\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FINDINGS = Pattern.compile("What\\s+needs\\s+to\\s+improve\\??:?|Areas?\\s+for\\s+"
            + "(?:improvement|development)|Areas?\\s+for\\s+priority\\s+action", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("What needs to improve\\??:?|Areas? for (?:improvement|"
            + "development|priority action)|Headline findings|Main findings|Strengths|What is working well.*|Case "
            + "study.*|Next steps|Yours sincerely|Introduction|Context|Summary|Findings|Leadership.*|Practice.*",
            Pattern.CASE_INSENSITIVE);
    /** A line that is only an agency's name: the items below it are addressed to it (older letters group them). */
    private static final Pattern AGENCY_HEADING = Pattern.compile("(?:The\\s+)?(?:(police|constabulary)|(health|"
            + "health\\s+(?:agencies|partners|services|providers)|NHS.*)|(local\\s+authority|children['’]s\\s+social\\s+"
            + "care|children['’]s\\s+services|the\\s+council)|(partnership|safeguarding\\s+partners|local\\s+"
            + "safeguarding\\s+partners|multi-agency(?:\\s+partnership)?|all\\s+agencies))\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POLICE = Pattern.compile("\\bpolice\\b|\\bconstabulary\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEALTH = Pattern.compile("\\bhealth\\s+(?:services|partners|agencies|professionals|"
            + "practitioners|providers|visitors|colleagues|staff)\\b|\\bNHS\\b|\\bICBs?\\b|integrated\\s+care\\s+board|"
            + "\\bGPs?\\b|general\\s+practi|hospital|\\bCAMHS\\b|midwi|emergency\\s+department|school\\s+nurs|"
            + "designated\\s+(?:doctor|nurse)|clinical\\s+commissioning", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCIL = Pattern.compile("children['’]s\\s+social\\s+care|local\\s+authority|"
            + "\\bthe\\s+council\\b|social\\s+work|children['’]s\\s+services", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTNERSHIP = Pattern.compile("partnership|safeguarding\\s+partners|multi-agency|"
            + "all\\s+agencies|\\bpartners\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSPECTORATES = Pattern.compile("Ofsted|Care\\s+Quality\\s+Commission|\\bCQC\\b|"
            + "Inspectorate\\s+of\\s+Constabulary|HMICFRS|\\bHMIC\\b|Inspectorate\\s+of\\s+Probation|HMI\\s+Probation",
            Pattern.CASE_INSENSITIVE);

    private JtaiLetterReader() {
    }

    static void read(ReportText report, Matcher title, DraftBuilder draft) {
        ReportText.Flat flat = report.flat();
        draft.type = InspectionType.JTAI;
        draft.framework = Frameworks.get("UNGRADED");
        String theme = title.group(1).replaceAll("\\s+", " ").strip();
        draft.theme = Character.toUpperCase(theme.charAt(0)) + theme.substring(1);
        draft.readFrom("theme", title.group().strip(), flat.page(title.start()), Confidence.HIGH);
        Matcher visit = FIELDWORK.matcher(flat.text());
        Optional<Wording.Fieldwork> range = visit.find() ? Wording.fieldwork(visit.group(1)) : Optional.empty();
        if (range.isPresent()) {
            Cover.onSite(draft, range.get(), flat.page(visit.start()), Confidence.MEDIUM);
        } else {
            draft.missing("onSiteStart", "the letter's \"took place …\" sentence was not found; give onSiteStart and"
                    + " onSiteEnd");
        }
        VisitLetterReader.letterDate(flat, draft);
        draft.note("leadInspector", "a JTAI letter is signed by each inspectorate's lead; none is recorded as the"
                + " lead inspector");
        inspectorates(flat, draft);
        findings(report.lines(), draft);
        statementDue(flat, draft);
    }

    private static void inspectorates(ReportText.Flat flat, DraftBuilder draft) {
        Set<String> named = new java.util.LinkedHashSet<>();
        Matcher m = INSPECTORATES.matcher(flat.text());
        while (m.find()) {
            String found = m.group().toLowerCase(Locale.ROOT);
            named.add(found.contains("ofsted") ? "OFSTED" : found.contains("care quality") || found.equals("cqc")
                    ? "CQC" : found.contains("probation") ? "HMI_PROBATION" : "HMICFRS");
        }
        // Those that always take part are recorded whether or not the letter spells them out; HMI Probation only
        // when it is named.
        org.csip.common.inspection.InspectionKind jtai = InspectionType.JTAI.kind();
        List<String> took = new java.util.ArrayList<>(jtai.inspectorates());
        jtai.mayJoin().stream().filter(named::contains).forEach(took::add);
        draft.inspectorates = took;
        draft.note("inspectorates", "a joint targeted area inspection by " + took.stream().map(code ->
                org.csip.common.inspection.InspectionKinds.inspectorate(code).map(i -> i.name()).orElse(code))
                .collect(java.util.stream.Collectors.joining(", ")) + (named.containsAll(jtai.inspectorates()) ? ""
                : " (the letter does not name each; a JTAI always has Ofsted, the CQC and HMICFRS)"));
    }

    /** The findings sections, each read whole, its items addressed by sub-heading or by what they name. */
    private static void findings(List<ReportText.Line> lines, DraftBuilder draft) {
        for (int start = 0; start < lines.size(); start++) {
            String text = lines.get(start).text().strip();
            if (!FINDINGS.matcher(text).matches()) {
                continue;
            }
            FindingKind kind = text.toLowerCase(Locale.ROOT).contains("priority") ? FindingKind.PRIORITY_ACTION
                    : FindingKind.AREA_FOR_IMPROVEMENT;
            int end = start + 1;
            while (end < lines.size() && !HEADING.matcher(lines.get(end).text().strip()).matches()) {
                end++;
            }
            readSection(lines, start + 1, end, kind, text, draft);
            start = end - 1;
        }
        if (draft.findings.isEmpty()) {
            draft.check("findings", "no \"What needs to improve\" or \"Areas for improvement\" list was read: add the"
                    + " letter's findings by hand on confirming");
        }
    }

    private static void readSection(List<ReportText.Line> lines, int from, int end, FindingKind kind, String section,
                                    DraftBuilder draft) {
        int segment = from;
        Addressee heading = null;
        for (int i = from; i <= end; i++) {
            Addressee next = i < end ? agencyHeading(lines.get(i).text()) : null;
            if (i == end || next != null) {
                if (i > segment) {
                    readItems(lines, segment, i, kind, section, heading, draft);
                }
                heading = next;
                segment = i + 1;
            }
        }
    }

    private static void readItems(List<ReportText.Line> lines, int from, int end, FindingKind kind, String section,
                                  Addressee heading, DraftBuilder draft) {
        ListItems.Result items = ListItems.bulleted(lines, from, i -> i >= end);
        if (items.items().isEmpty()) {
            items = ListItems.numbered(lines, from, i -> i >= end, t -> false);
        }
        int first = draft.findings.size();
        Findings.add(draft, items, kind, section, null);
        for (int i = first; i < draft.findings.size(); i++) {
            DraftFinding finding = draft.findings.get(i);
            String field = "findings[" + i + "].addressedTo";
            if (heading != null) {
                draft.findings.set(i, finding.addressedTo(List.of(heading), Confidence.HIGH));
                draft.note(field, "listed under the letter's heading for " + words(EnumSet.of(heading)));
                continue;
            }
            Set<Addressee> named = named(finding.text());
            boolean partnership = PARTNERSHIP.matcher(finding.text()).find();
            if (named.size() == 1 && !partnership) {
                draft.findings.set(i, finding.addressedTo(List.copyOf(named), Confidence.MEDIUM));
                draft.note(field, "the item names " + words(named) + " only");
            } else if (named.isEmpty()) {
                draft.findings.set(i, finding.addressedTo(List.of(Addressee.PARTNERSHIP),
                        partnership ? Confidence.MEDIUM : Confidence.LOW));
                if (partnership) {
                    draft.note(field, "the item speaks of the partnership and names no one agency");
                } else {
                    draft.check(field, "the item names no agency: addressed to the partnership — check whom it"
                            + " tells to act");
                }
            } else {
                EnumSet<Addressee> addressees = EnumSet.copyOf(named);
                if (partnership) {
                    addressees.add(Addressee.PARTNERSHIP);
                }
                draft.findings.set(i, finding.addressedTo(List.copyOf(addressees), Confidence.LOW));
                draft.check(field, "the item names " + words(addressees) + ": check whom it tells to act");
            }
        }
    }

    private static Set<Addressee> named(String text) {
        EnumSet<Addressee> named = EnumSet.noneOf(Addressee.class);
        if (POLICE.matcher(text).find()) {
            named.add(Addressee.POLICE);
        }
        if (HEALTH.matcher(text).find()) {
            named.add(Addressee.HEALTH);
        }
        if (COUNCIL.matcher(text).find()) {
            named.add(Addressee.COUNCIL);
        }
        return named;
    }

    private static Addressee agencyHeading(String line) {
        Matcher m = AGENCY_HEADING.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? Addressee.POLICE : m.group(2) != null ? Addressee.HEALTH
                : m.group(3) != null ? Addressee.COUNCIL : Addressee.PARTNERSHIP;
    }

    private static String words(Set<Addressee> addressees) {
        List<String> words = new ArrayList<>();
        for (Addressee a : addressees) {
            words.add(switch (a) {
                case COUNCIL -> "the council";
                case POLICE -> "the police";
                case HEALTH -> "health";
                case PARTNERSHIP -> "the partnership";
            });
        }
        return String.join(" and ", words);
    }

    private static void statementDue(ReportText.Flat flat, DraftBuilder draft) {
        Matcher due = STATEMENT_DUE.matcher(flat.text());
        Optional<Wording.Dated> dated = due.find() ? Wording.date(due.group(1)) : Optional.empty();
        if (dated.isPresent()) {
            draft.responseDue = dated.get().date();
            draft.readFrom("responseDue", due.group().replaceAll("\\s+", " ").strip(), flat.page(due.start()),
                    Confidence.HIGH);
        } else {
            draft.note("responseDue", "no date for the written statement of action was found: CSIP assumes 70 working"
                    + " days from publication until it is given");
        }
    }
}
