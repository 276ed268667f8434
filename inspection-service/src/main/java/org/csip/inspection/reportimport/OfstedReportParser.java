package org.csip.inspection.reportimport;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Reads an Ofsted children's services report into a draft: tells the format from its cover, finds the council in
 * the register, lets the format's reader take out dates, inspector, judgements and findings, then checks the whole
 * against the framework and flags whatever a person must give or check. Stores nothing.
 */
@ApplicationScoped
public class OfstedReportParser {
    private static final int OPENING = 1500;
    private static final Pattern SIF_TITLE = Pattern.compile("^(.{2,150}?)\\s+Inspection of services for children in"
            + " need of help and protection", Pattern.CASE_INSENSITIVE);
    private static final Pattern ILACS_TITLE_2023 = Pattern.compile("^Inspection of (.{2,150}?)\\s+local authority"
            + " children['’]s services", Pattern.CASE_INSENSITIVE);
    private static final Pattern ILACS_TITLE_2018 = Pattern.compile("^(.{2,150}?)\\s+Inspection of children['’]s"
            + " social care services", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_TITLE = Pattern.compile("(?:Focused|Monitoring) visit (?:to|of) (.{2,150}?)"
            + "\\s+(?:local authority\\s+)?children['’]s services", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("This letter summarises", Pattern.CASE_INSENSITIVE);

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
        if (!text.contains("Ofsted")) {
            throw ImportRefused.notOfstedReport("it never names Ofsted");
        }
        DraftBuilder draft;
        Matcher title;
        if ((title = SIF_TITLE.matcher(opening)).find()) {
            draft = new DraftBuilder(ReportFormat.SIF_REPORT, report.pages());
            council(draft, title.group(1));
            SifReportReader.read(report, draft);
        } else if ((title = ILACS_TITLE_2023.matcher(opening)).find()
                || (title = ILACS_TITLE_2018.matcher(opening)).find()) {
            draft = new DraftBuilder(ReportFormat.ILACS_REPORT, report.pages());
            council(draft, title.group(1));
            IlacsReportReader.read(report, draft);
            ilacsType(draft);
        } else if (LETTER.matcher(text).find() && (title = LETTER_TITLE.matcher(opening)).find()) {
            draft = new DraftBuilder(VisitLetterReader.formatOf(title.group()), report.pages());
            council(draft, title.group(1));
            VisitLetterReader.read(report, draft);
        } else {
            throw ImportRefused.notOfstedReport("its first page has none of the titles of an ILACS or SIF inspection"
                    + " report or of a focused or monitoring visit letter");
        }
        complete(draft);
        return draft.build();
    }

    private void council(DraftBuilder draft, String printed) {
        String name = printed.replaceAll("\\s+", " ").strip();
        Optional<LocalAuthorityMatcher.Match> match = councils.match(name);
        if (match.isEmpty()) {
            draft.missing("laCode", "\"" + name + "\" is not a council in the DfE register; give laCode");
            return;
        }
        draft.laCode = match.get().authority().laCode();
        draft.laName = match.get().authority().name();
        draft.readFrom("laCode", name, 1, match.get().confidence());
        if (match.get().confidence() != Confidence.HIGH) {
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
                + (draft.type == InspectionType.STANDARD ? "a standard inspection (two weeks)"
                : "a short inspection (one week)") + " — correct it if Ofsted's notification said otherwise");
        if (draft.onSiteStart.isBefore(Framework.ILACS_START)) {
            draft.check("onSiteStart", "an ILACS report with fieldwork before January 2018, when ILACS began");
        }
    }

    /** Checks shared by every format: the judgements against the framework, and what no report prints. */
    private static void complete(DraftBuilder draft) {
        if (draft.framework == null && draft.type != null && draft.onSiteStart != null) {
            draft.framework = Framework.of(draft.type, draft.onSiteStart);
        }
        if (draft.framework != null && draft.type != null && draft.type.graded()) {
            Set<JudgementArea> read = EnumSet.noneOf(JudgementArea.class);
            draft.judgements.forEach(j -> read.add(j.area()));
            Set<JudgementArea> missing = EnumSet.copyOf(draft.framework.areas());
            missing.removeAll(read);
            for (JudgementArea area : missing) {
                if (draft.judgements.stream().noneMatch(j -> j.area() == area)) {
                    draft.missing("judgements." + area.name(), "not read from the report, and "
                            + draft.framework.description() + " grades it; give it");
                }
            }
            for (JudgementArea area : read) {
                if (!draft.framework.areas().contains(area)) {
                    draft.check("judgements." + area.name(), "read from the report, but " + draft.framework
                            .description() + " does not grade it: check the on-site dates (they fix the framework)");
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
