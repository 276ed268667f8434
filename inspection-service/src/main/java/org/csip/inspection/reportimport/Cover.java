package org.csip.inspection.reportimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The facts every report format prints near its start in a "Label: value" form: on-site dates, lead inspector. */
final class Cover {
    /** "Lead inspector: Name" then a comma, "HMI", "Her/His Majesty's Inspector" or the next label. */
    static final Pattern LEAD_INSPECTOR = Pattern.compile("Lead inspector\\s*:\\s*(.+?)\\s*(?:,|\\bHMI\\b|\\bHer "
            + "Majesty|\\bHis Majesty|\\bJudgement Grade|\\bDeputy lead|\\bTeam inspector|$)");

    private Cover() {
    }

    /** The on-site dates after the first match of {@code label} (its group 1 holds the text that follows). */
    static void dates(ReportText.Flat flat, Pattern label, DraftBuilder draft) {
        Matcher m = label.matcher(flat.text());
        boolean labelled = m.find();
        Optional<Wording.DateRange> range = labelled ? Wording.dateRange(m.group(1)) : Optional.empty();
        if (range.isEmpty() || range.get().offset() > 5) {
            draft.missing("onSiteStart", "the on-site dates were not found where the report prints them"
                    + (labelled ? " (read \"" + m.group().strip() + "\")" : "") + "; give onSiteStart and onSiteEnd");
            return;
        }
        onSite(draft, range.get(), flat.page(m.start()), Confidence.HIGH);
    }

    static void onSite(DraftBuilder draft, Wording.DateRange range, int page, Confidence confidence) {
        draft.onSiteStart = range.start();
        draft.onSiteEnd = range.end();
        draft.readFrom("onSiteStart", range.asPrinted(), page, confidence);
        draft.readFrom("onSiteEnd", range.asPrinted(), page, confidence);
        if (range.end().isBefore(range.start())) {
            draft.check("onSiteEnd", "the dates as read (\"" + range.asPrinted() + "\") end before they start");
        }
    }

    /** The lead inspector's name after {@code label} (group 1), flagged unless it reads as a person's name. */
    static void leadInspector(ReportText.Flat flat, Pattern label, DraftBuilder draft) {
        Matcher m = label.matcher(flat.text());
        if (!m.find()) {
            draft.missing("leadInspector", "the report does not name a lead inspector where expected");
            return;
        }
        String name = m.group(1).strip();
        if (Wording.personName(name)) {
            draft.leadInspector = name;
            draft.readFrom("leadInspector", flat.text().substring(m.start(), m.end(1)), flat.page(m.start()),
                    Confidence.HIGH);
        } else {
            draft.check("leadInspector", "\"" + m.group().strip() + "\" does not read as a name; give the lead"
                    + " inspector when confirming");
        }
    }
}
