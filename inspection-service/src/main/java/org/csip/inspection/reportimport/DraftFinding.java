package org.csip.inspection.reportimport;

import java.util.List;
import org.csip.common.security.Addressee;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.JudgementArea;

/**
 * A finding as read from the report, in report order: its kind, the judgement area where the report's own heading
 * says, the text exactly as printed (lines re-joined), the page it starts on, and — for a letter that addresses
 * several partners — whom it tells to act ({@code addressedTo}; null: the inspection's usual addressee).
 */
public record DraftFinding(FindingKind kind, JudgementArea area, String text, int page, Confidence confidence,
                           List<Addressee> addressedTo) {

    public DraftFinding(FindingKind kind, JudgementArea area, String text, int page, Confidence confidence) {
        this(kind, area, text, page, confidence, null);
    }

    DraftFinding addressedTo(List<Addressee> addressees, Confidence read) {
        return new DraftFinding(kind, area, text, page, read.ordinal() > confidence.ordinal() ? read : confidence,
                addressees);
    }
}
