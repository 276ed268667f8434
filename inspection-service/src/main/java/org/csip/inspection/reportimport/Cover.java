package org.csip.inspection.reportimport;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The facts every report format prints near its start in a "Label: value" form: on-site dates, lead inspector. */
final class Cover {
    /** "Inspection date:", "Inspection dates:", "Dates of inspection:" — a colon or not. */
    static final Pattern DATES = Pattern.compile("(?:Inspection dates?|Dates? of (?:the )?inspection)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "Lead inspector:", "Lead inspectors:", "Lead inspector on site:" (the word Lead capitalised: a label). */
    static final Pattern LEAD_INSPECTOR = Pattern.compile("\\bLead (?:inspectors?|Inspectors?)(?: on site)?\\s*:?\\s*");
    /** What joins two lead inspectors: "Jane Doe, HMI and John Smith". */
    private static final Pattern ANOTHER = Pattern.compile("^(?:,?\\s*(?:\\(?HMI\\)?|Senior HMI|(?:Her|His) Majesty['’]s"
            + " Inspectors?),?)?\\s*(?:and|&)\\s+");
    /** Longer than any ILACS or SIF fieldwork (SIF: four weeks; a split visit about six): more is read wrong. */
    private static final int LONGEST_FIELDWORK_DAYS = 75;

    private Cover() {
    }

    /** The on-site dates printed after the first {@code label} in the report's opening pages. */
    static void dates(ReportText.Flat flat, Pattern label, int withinPages, DraftBuilder draft) {
        Matcher m = label.matcher(flat.text());
        while (m.find()) {
            if (flat.page(m.start()) > withinPages) {
                break;
            }
            String after = flat.text().substring(m.end(), Math.min(flat.text().length(), m.end() + 160));
            Optional<Wording.Fieldwork> fieldwork = Wording.fieldwork(after);
            if (fieldwork.isPresent()) {
                onSite(draft, fieldwork.get(), flat.page(m.start()), Confidence.HIGH);
                return;
            }
        }
        draft.missing("onSiteStart", "the on-site dates were not found where the report prints them (\"Inspection"
                + " dates: …\"); give onSiteStart and onSiteEnd");
    }

    static void onSite(DraftBuilder draft, Wording.Fieldwork fieldwork, int page, Confidence confidence) {
        draft.onSiteStart = fieldwork.start();
        draft.onSiteEnd = fieldwork.end();
        draft.readFrom("onSiteStart", fieldwork.asPrinted(), page, confidence);
        draft.readFrom("onSiteEnd", fieldwork.asPrinted(), page, confidence);
        long days = ChronoUnit.DAYS.between(fieldwork.start(), fieldwork.end()) + 1;
        if (fieldwork.end().isBefore(fieldwork.start())) {
            draft.check("onSiteEnd", "the dates as read (\"" + fieldwork.asPrinted() + "\") end before they start");
        } else if (days > LONGEST_FIELDWORK_DAYS) {
            draft.check("onSiteEnd", "the dates as read (\"" + fieldwork.asPrinted() + "\") span " + days
                    + " days, longer than any inspection's fieldwork");
        } else if (fieldwork.blocks().size() > 1) {
            draft.note("onSiteStart", "the fieldwork was in " + fieldwork.blocks().size() + " blocks ("
                    + fieldwork.blocks().stream().map(b -> b.start() + " to " + b.end())
                    .collect(Collectors.joining(", ")) + "): recorded from the first day to the last");
        }
    }

    /** The lead inspector (or two, joined by "; ") after the first {@code LEAD_INSPECTOR} label. */
    static void leadInspector(ReportText.Flat flat, DraftBuilder draft) {
        Matcher m = LEAD_INSPECTOR.matcher(flat.text());
        while (m.find()) {
            String after = flat.text().substring(m.end(), Math.min(flat.text().length(), m.end() + 200));
            List<String> names = names(after);
            if (!names.isEmpty()) {
                draft.leadInspector = String.join("; ", names);
                draft.readFrom("leadInspector", flat.text().substring(m.start(), m.end()) + draft.leadInspector,
                        flat.page(m.start()), Confidence.HIGH);
                return;
            }
        }
        draft.missing("leadInspector", "the report does not name a lead inspector where expected (\"Lead inspector:"
                + " …\"); give the lead inspector when confirming");
    }

    /** "Jane Doe", "Jane Doe, HMI and John Smith, HMI", "Jane Doe and John Smith": the names before anything else. */
    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        String rest = Wording.mendNames(text.strip());
        while (names.size() < 2) {
            Optional<Wording.Name> name = Wording.leadingName(rest);
            if (name.isEmpty()) {
                break;
            }
            names.add(name.get().name());
            Matcher and = ANOTHER.matcher(rest.substring(name.get().end()));
            if (!and.find()) {
                break;
            }
            rest = rest.substring(name.get().end() + and.end());
        }
        return names;
    }
}
