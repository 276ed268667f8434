package org.csip.inspection.reportimport;

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
        if (list.items().isEmpty()) {
            draft.missing("findings", "the \"" + section + "\" section has no items the importer could read");
        }
        if (!list.strayLines().isEmpty()) {
            draft.check("findings", "text in \"" + section + "\" that is not part of an item was left out: \""
                    + String.join(" ", list.strayLines()) + "\"");
        }
        int previous = 0;
        for (ListItems.Item item : list.items()) {
            int index = draft.findings.size();
            Confidence confidence = item.spansPages() ? Confidence.MEDIUM : Confidence.HIGH;
            if (!item.endsAsSentence()) {
                confidence = Confidence.LOW;
                draft.check("findings[" + index + "]", "does not end as a sentence; check its end against page "
                        + item.page() + (item.spansPages() ? " and the next" : ""));
            }
            if (item.number() != 0 && previous != 0 && item.number() != previous + 1) {
                draft.check("findings[" + index + "]", "is numbered " + item.number() + " after " + previous
                        + "; check no item was missed or merged");
            }
            previous = item.number();
            JudgementArea area = areaOfHeading == null || item.heading() == null ? null
                    : areaOfHeading.apply(item.heading());
            draft.findings.add(new DraftFinding(kind, area, item.text(), item.page(), confidence));
        }
    }
}
