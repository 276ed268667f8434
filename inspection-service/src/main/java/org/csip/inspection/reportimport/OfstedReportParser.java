package org.csip.inspection.reportimport;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads an Ofsted children's services report into a draft: tells the format from its cover, finds the council in
 * the register, lets the format's reader take out dates, inspector, judgements and findings, then checks the whole
 * against the framework and flags whatever a person must give or check. Stores nothing.
 */
@ApplicationScoped
public class OfstedReportParser {
    /** Titles are printed at the top of page 1 (a letter's after its letterhead and address): no later. */
    private static final int OPENING = 1200;
    private static final String SERVICES = "children['’]s\\s+(?:social\\s+care\\s+)?services";
    /** SIF: "Bury Borough Council / Inspection of services for …", "Birmingham / Re-inspection of …", "Reinspection of …". */
    private static final Pattern SIF_TITLE = Pattern.compile("\\b(?:Re-?\\s*inspection|Inspection)\\s+of\\s+services\\s+"
            + "for\\s+children\\s+in\\s+need\\s+of\\s+help\\s+and\\s+protection", Pattern.CASE_INSENSITIVE);
    /** "Inspection of Salford local authority children's services", "Inspection of Buckinghamshire Council children's services". */
    private static final Pattern ILACS_TITLE = Pattern.compile("\\bInspection\\s+of\\s+(?!children)(.{2,150}?)\\s+"
            + "(?:local\\s+authority\\s+)?" + SERVICES, Pattern.CASE_INSENSITIVE);
    /** 2018–19: "Haringey / Inspection of children's social care services". */
    private static final Pattern ILACS_TITLE_2018 = Pattern.compile("\\bInspection\\s+of\\s+" + SERVICES,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_TITLE = Pattern.compile("(?:Focused|Monitoring) visit (?:to|of) (.{2,150}?)"
            + "\\s+(?:local authority\\s+)?" + SERVICES, Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("This letter summarises", Pattern.CASE_INSENSITIVE);
    /** Ofsted's children's services inspections before November 2013, which CSIP does not record. */
    private static final Pattern EARLIER_FRAMEWORK = Pattern.compile("Inspection\\s+of\\s+(?:safeguarding\\s+and\\s+)?"
            + "looked\\s+after\\s+children(?:['’]s)?\\s+services|Inspection\\s+of\\s+safeguarding\\s+(?:and\\s+looked\\s+after"
            + "\\s+children\\s+)?services|Unannounced\\s+inspection\\s+of\\s+(?:contact,?\\s+referral\\s+and\\s+assessment|"
            + "front-?\\s*door)[^.]{0,120}|Inspection\\s+of\\s+local\\s+authority\\s+arrangements\\s+for\\s+the\\s+protection"
            + "\\s+of\\s+children|Annual\\s+(?:performance|children['’]s\\s+services)\\s+assessment", Pattern.CASE_INSENSITIVE);

    private final LocalAuthorityMatcher councils;

    public OfstedReportParser(LocalAuthorityMatcher councils) {
        this.councils = councils;
    }

    /** The draft of a report PDF; a 422 problem when the file cannot be read or is not such a report. */
    @WithSpan("OfstedReportParser.read")
    public ReportDraft read(byte[] pdf) {
        return read(ReportText.read(pdf));
    }

    ReportDraft read(ReportText report) {
        String text = report.flat().text();
        String opening = text.substring(0, Math.min(OPENING, text.length()));
        DraftBuilder draft;
        Matcher title = LETTER.matcher(text).find()
                ? earliest(opening, EARLIER_FRAMEWORK, SIF_TITLE, ILACS_TITLE, ILACS_TITLE_2018, LETTER_TITLE,
                        JtaiLetterReader.TITLE)
                : earliest(opening, EARLIER_FRAMEWORK, SIF_TITLE, ILACS_TITLE, ILACS_TITLE_2018, JtaiLetterReader.TITLE);
        if (title != null && title.pattern() == EARLIER_FRAMEWORK) {
            throw ImportRefused.notOfstedReport("it is an Ofsted report of an earlier framework (\"" + title.group()
                    .replaceAll("\\s+", " ") + "\"); CSIP records SIF inspections from November 2013, ILACS"
                    + " inspections and focused and monitoring visit letters");
        } else if (title != null && title.pattern() == JtaiLetterReader.TITLE) {
            draft = new DraftBuilder(ReportFormat.JTAI_LETTER, report.pages());
            council(draft, List.of(title.group(2).strip()));
            JtaiLetterReader.read(report, title, draft);
        } else if (title != null && title.pattern() == LETTER_TITLE) {
            draft = new DraftBuilder(VisitLetterReader.formatOf(title.group()), report.pages());
            council(draft, List.of(title.group(1)));
            VisitLetterReader.read(report, draft);
        } else if (title != null && title.pattern() == SIF_TITLE) {
            draft = new DraftBuilder(ReportFormat.SIF_REPORT, report.pages());
            council(draft, namesBefore(report.flat(), title.start()));
            SifReportReader.read(report, draft);
        } else if (title != null) {
            draft = new DraftBuilder(ReportFormat.ILACS_REPORT, report.pages());
            council(draft, title.groupCount() > 0 ? List.of(title.group(1)) : namesBefore(report.flat(), title.start()));
            IlacsReportReader.read(report, draft);
            ilacsType(draft);
        } else if (!text.contains("Ofsted")) {
            throw ImportRefused.notOfstedReport("it never names Ofsted");
        } else {
            throw ImportRefused.notOfstedReport("its first page has none of the titles of an ILACS or SIF inspection"
                    + " report or of a focused or monitoring visit letter");
        }
        complete(draft);
        return draft.build();
    }

    /**
     * The title pattern that matches first in the opening (a later match is the report quoting another title); on a
     * tie the one listed first, so an earlier framework's title wins over the ILACS pattern it also fits.
     */
    private static Matcher earliest(String opening, Pattern... titles) {
        Matcher first = null;
        for (Pattern title : titles) {
            Matcher m = title.matcher(opening);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        return first;
    }

    /**
     * The council a title names before itself ("Bury Borough Council" / "Inspection of …"): the words on the title's
     * line before it, else the line before, else the two lines before — as candidates, nearest first.
     */
    private static List<String> namesBefore(ReportText.Flat flat, int title) {
        List<Integer> starts = new ArrayList<>();
        for (int i = title - 1; i >= 0 && starts.size() < 3; i--) {
            if (flat.startsLine(i)) {
                starts.add(i);
            }
        }
        if (flat.startsLine(title)) {
            starts.add(0, title);
        }
        List<String> candidates = new ArrayList<>();
        for (int start : starts) {
            String words = flat.text().substring(start, title).strip();
            if (!words.isEmpty() && words.length() <= 150) {
                candidates.add(words);
            }
        }
        return candidates;
    }

    /** Matches the first candidate the register knows for certain, else the first it knows by part of its name. */
    private void council(DraftBuilder draft, List<String> printed) {
        Optional<LocalAuthorityMatcher.Match> best = Optional.empty();
        String name = printed.isEmpty() ? "" : printed.get(0).replaceAll("\\s+", " ").strip();
        for (String candidate : printed) {
            String words = candidate.replaceAll("\\s+", " ").strip();
            Optional<LocalAuthorityMatcher.Match> match = councils.match(words);
            if (match.isPresent() && (best.isEmpty() || match.get().confidence().compareTo(best.get().confidence()) < 0)) {
                best = match;
                name = words;
            }
        }
        if (best.isEmpty()) {
            draft.missing("laCode", "\"" + name + "\" is not a council in the DfE register; give laCode");
            return;
        }
        draft.laCode = best.get().authority().laCode();
        draft.laName = best.get().authority().name();
        draft.readFrom("laCode", name, 1, best.get().confidence());
        if (best.get().confidence() != Confidence.HIGH) {
            draft.check("laCode", "\"" + name + "\" was matched to " + draft.laName + " (" + draft.laCode
                    + ") by part of its name; check it");
        }
    }

    /** ILACS reports do not print standard or short: two weeks on site is a standard inspection, one a short. */
    private static void ilacsType(DraftBuilder draft) {
        if (draft.onSiteStart == null || draft.onSiteEnd == null) {
            draft.missing("type", "standard or short is not printed and the on-site dates were not read; give type");
            return;
        }
        long days = ChronoUnit.DAYS.between(draft.onSiteStart, draft.onSiteEnd) + 1;
        draft.type = days > 7 ? InspectionType.STANDARD : InspectionType.SHORT;
        draft.readFrom("type", days + " days on site", null, Confidence.MEDIUM);
        draft.note("type", "ILACS reports do not say standard or short; " + days + " days on site reads as "
                + (InspectionType.STANDARD.equals(draft.type) ? "a standard inspection (two weeks)"
                : "a short inspection (one week)") + " — correct it if Ofsted's notification said otherwise");
        if (Frameworks.of(draft.type, draft.onSiteStart).isEmpty()) {
            draft.check("onSiteStart", "no ILACS framework covers fieldwork from " + draft.onSiteStart
                    + "; check the on-site dates");
        }
    }

    /** Checks shared by every format: the judgements against the framework, and what no report prints. */
    private static void complete(DraftBuilder draft) {
        if (draft.framework == null && draft.type != null && draft.onSiteStart != null) {
            draft.framework = Frameworks.of(draft.type, draft.onSiteStart).orElse(null);
        }
        if (draft.framework != null && draft.type != null && draft.onSiteStart != null
                && !draft.framework.appliesTo(draft.type, draft.onSiteStart)) {
            draft.check("onSiteStart", "fieldwork from " + draft.onSiteStart + " is outside " + draft.framework.name()
                    + " (" + draft.framework.period() + "); check the dates — confirming would be refused");
        }
        if (draft.framework != null && draft.type != null && draft.type.graded()) {
            Set<JudgementArea> read = new LinkedHashSet<>();
            draft.judgements.forEach(j -> read.add(j.area()));
            Set<JudgementArea> missing = new LinkedHashSet<>(draft.framework.requiredAreas());
            missing.removeAll(read);
            for (JudgementArea area : missing) {
                draft.missing("judgements." + area.code(), "not read from the report, and "
                        + draft.framework.name() + " grades it; give it");
            }
            for (JudgementArea area : read) {
                if (!draft.framework.grades(area)) {
                    draft.check("judgements." + area.code(), "read from the report, but " + draft.framework
                            .name() + " does not grade it: check the on-site dates (they fix the framework)");
                }
            }
        }
        if (draft.publishedDate == null) {
            draft.missing("publishedDate", "Ofsted does not print the publication date in this kind of report; give"
                    + " publishedDate (the date on the report's page at reports.ofsted.gov.uk)");
        }
        draft.note("notifiedDate", "not printed in Ofsted reports: the inspection is recorded as notified on its"
                + " first on-site day unless notifiedDate is given when confirming");
    }
}
