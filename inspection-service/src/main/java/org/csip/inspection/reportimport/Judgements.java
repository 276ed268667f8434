package org.csip.inspection.reportimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.JudgementArea;

/**
 * Turns every statement of one judgement in a report — in its summary (the cover's table or list) and in its own
 * section — into one draft judgement: statements in both places that agree are HIGH; a grade the report prints in
 * one place only by design is HIGH too; one found where two were expected is MEDIUM and flagged; statements that
 * disagree give no grade at all, flagged with each of them.
 */
final class Judgements {
    private Judgements() {
    }

    /**
     * @param summary  the grade as the cover's list or table states it, if read (usually one)
     * @param section  the grade as the judgement's own section or body states it, if read
     * @param onlyOnce when the report prints this grade in one place only, why (no flag then); else null
     */
    static void add(DraftBuilder draft, JudgementArea area, List<Printed> summary, List<Printed> section,
                    String onlyOnce) {
        List<Printed> all = new ArrayList<>(summary);
        all.addAll(section);
        if (all.isEmpty()) {
            return;
        }
        String field = "judgements." + area.code();
        Printed shown = all.get(0);
        if (all.stream().map(Printed::grade).distinct().count() > 1) {
            draft.judgements.add(new DraftJudgement(area, null, all.stream().map(Printed::words).distinct()
                    .collect(Collectors.joining(" / ")), shown.page(), Confidence.LOW));
            draft.check(field, "the report states it differently in different places: " + all.stream()
                    .map(p -> "\"" + p.words() + "\" (page " + p.page() + ")").distinct()
                    .collect(Collectors.joining(", ")) + "; give the grade");
            return;
        }
        boolean twice = !summary.isEmpty() && !section.isEmpty();
        Confidence confidence = twice || onlyOnce != null ? Confidence.HIGH : Confidence.MEDIUM;
        draft.judgements.add(new DraftJudgement(area, shown.grade(), shown.words(), shown.page(), confidence));
        if (confidence == Confidence.MEDIUM) {
            draft.check(field, "read only from the " + (summary.isEmpty() ? "judgement's own section" : "summary")
                    + " on page " + shown.page() + "; the report's other statement of it was not found");
        }
    }

    /** Any of these judgement names (however wrapped), then {@code between}, then a grade: groups 1 and 2. */
    static Pattern nameThenGrade(Map<JudgementArea, String> names, String between) {
        return Pattern.compile("(" + anyName(names) + ")" + between + Wording.GRADE + Wording.WORD_END,
                Pattern.CASE_INSENSITIVE);
    }

    /** Any of these judgement names, however wrapped, longest first (so the longer of two that share a start wins). */
    static String anyName(Map<JudgementArea, String> names) {
        return names.values().stream().sorted((a, b) -> b.length() - a.length())
                .map(Wording::phrase).map(p -> p.replace("\\Qexperiences\\E", "experiences?"))
                .collect(Collectors.joining("|"));
    }

    /** The area whose name this is, as a {@link #nameThenGrade} pattern matched it. */
    static JudgementArea areaNamed(Map<JudgementArea, String> names, String printed) {
        String words = comparable(printed);
        return names.entrySet().stream().filter(e -> comparable(e.getValue()).equals(words))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("No judgement area is printed as " + printed));
    }

    /** Every statement {@code pattern} finds (its group {@code group} the grade), by area, with page. */
    static List<Printed> all(ReportText.Flat flat, Pattern pattern, int group) {
        List<Printed> found = new ArrayList<>();
        Matcher m = pattern.matcher(flat.text());
        while (m.find()) {
            found.add(new Printed(m.group(group), flat.page(m.start()), m.start()));
        }
        return found;
    }

    private static String comparable(String name) {
        return name.replaceAll("\\s+", "").replaceAll("\\s*-\\s*", "-").replace('’', '\'')
                .toLowerCase(Locale.ROOT).replace("experiences", "experience");
    }

    /** A grade as printed somewhere, its page and where in the report's flat text. */
    record Printed(String words, int page, int offset) {
        Printed {
            words = words.replaceAll("\\s+", " ").strip();
        }

        Grade grade() {
            return Wording.grade(words).orElseThrow();
        }
    }
}
