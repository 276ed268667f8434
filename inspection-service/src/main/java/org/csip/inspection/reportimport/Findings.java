package org.csip.inspection.reportimport;

import java.util.List;
import java.util.function.Function;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.JudgementArea;

/** Adds a list's items to the draft as findings, flagging anything that suggests an item was cut or merged. */
final class Findings {
    private Findings() {
    }

    /** @param areaOfHeading the judgement area a sub-heading names, or null when the format has none */
    static void add(DraftBuilder draft, ListItems.Result list, FindingKind kind, String section,
                    Function<String, JudgementArea> areaOfHeading) {
        add(draft, draft.findings, list, kind, section, areaOfHeading);
    }

    /** As {@link #add}, into {@code into} (the council's findings, or a list kept apart such as the LSCB's). */
    static void add(DraftBuilder draft, List<DraftFinding> into, ListItems.Result list, FindingKind kind,
                    String section, Function<String, JudgementArea> areaOfHeading) {
        String field = into == draft.findings ? "findings" : "lscbRecommendations";
        if (list.items().isEmpty() && list.none().isEmpty()) {
            draft.missing(field, "the \"" + section + "\" section has no items the importer could read");
        }
        if (!list.none().isEmpty()) {
            String message = "\"" + section + "\": the report says \"" + String.join(" ", list.none())
                    + "\" — not counted as an item";
            if (list.numberedNone()) {
                draft.check(field, message + ", though the report numbers it like one");
            } else {
                draft.note(field, message);
            }
        }
        List<String> stray = list.strayLines();
        if (!stray.isEmpty()) {
            boolean introduction = stray.get(stray.size() - 1).endsWith(":");
            String message = "text in \"" + section + "\" that is not part of an item was left out: \""
                    + String.join(" ", stray) + "\"";
            if (introduction) {
                draft.note(field, message + " (it introduces the list)");
            } else {
                draft.check(field, message);
            }
        }
        int previous = 0;
        for (ListItems.Item item : list.items()) {
            int index = into.size();
            Confidence confidence = item.spansPages() ? Confidence.MEDIUM : Confidence.HIGH;
            if (!item.endsAsSentence() && item.followed()) {
                draft.note(field + "[" + index + "]", "ends without a full stop as printed; the next item follows it"
                        + " directly, so nothing was cut");
            } else if (!item.endsAsSentence()) {
                confidence = Confidence.LOW;
                draft.check(field + "[" + index + "]", "does not end as a sentence and is the last item read; check"
                        + " its end against page " + item.page() + (item.spansPages() ? " and the next" : ""));
            }
            if (item.number() != 0 && previous != 0 && item.number() != previous + 1) {
                draft.check(field + "[" + index + "]", "is numbered " + item.number() + " after " + previous
                        + "; check no item was missed or merged");
            }
            previous = item.number();
            JudgementArea area = areaOfHeading == null || item.heading() == null ? null
                    : areaOfHeading.apply(item.heading());
            into.add(new DraftFinding(kind, area, item.text(), item.page(), confidence));
        }
    }
}
