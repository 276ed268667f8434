package org.csip.inspection.reportimport;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Turns a grade printed in the report's summary table and again in the judgement's own section into one draft
 * judgement: agreement is HIGH, a single statement MEDIUM and flagged, a disagreement no grade at all and flagged.
 */
final class Judgements {
    private Judgements() {
    }

    /**
     * @param summary  the grade in the cover's list or table, if read
     * @param section  the grade in the judgement's own section, if read
     * @param onlyOnce when the report prints this grade in one place only, why (no flag then); else null
     */
    static void add(DraftBuilder draft, JudgementArea area, Printed summary,
                    Printed section, String onlyOnce) {
        String field = "judgements." + area.name();
        Printed shown = summary != null ? summary : section;
        if (summary != null && section != null && summary.grade() != section.grade()) {
            draft.judgements.add(new DraftJudgement(area, null, summary.words() + " / " + section.words(),
                    summary.page(), Confidence.LOW));
            draft.check(field, "the summary says \"" + summary.words() + "\" (page " + summary.page()
                    + ") but the section says \"" + section.words() + "\" (page " + section.page()
                    + "); give the grade");
            return;
        }
        Confidence confidence = summary != null && section != null || onlyOnce != null
                ? Confidence.HIGH : Confidence.MEDIUM;
        draft.judgements.add(new DraftJudgement(area, shown.grade(), shown.words().replaceAll("\\s+", " "),
                shown.page(), confidence));
        if (confidence == Confidence.MEDIUM) {
            draft.check(field, "read only from the " + (summary != null ? "summary" : "section heading")
                    + " on page " + shown.page() + "; the report's other statement of it was not found");
        }
    }

    /** Any of these judgement names (however wrapped), then {@code between}, then a grade: groups 1 and 2. */
    static Pattern nameThenGrade(Map<JudgementArea, String> names, String between) {
        return Pattern.compile("(" + String.join("|", names.values().stream().map(Wording::phrase).toList()) + ")"
                + between + Wording.GRADE, Pattern.CASE_INSENSITIVE);
    }

    /** The area whose name this is, as a {@link #nameThenGrade} pattern matched it. */
    static JudgementArea areaNamed(Map<JudgementArea, String> names, String printed) {
        String words = comparable(printed);
        return names.entrySet().stream().filter(e -> comparable(e.getValue()).equals(words))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("No judgement area is printed as " + printed));
    }

    private static String comparable(String name) {
        return name.replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** A grade as printed somewhere, and its page. */
    record Printed(String words, int page) {
        org.csip.inspection.inspection.Grade grade() {
            return Wording.grade(words).orElseThrow();
        }
    }
}
