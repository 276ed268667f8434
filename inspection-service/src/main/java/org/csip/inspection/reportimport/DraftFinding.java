package org.csip.inspection.reportimport;

import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.JudgementArea;

/**
 * A finding as read from the report, in report order: its kind, the judgement area where the report's own heading
 * says, the text exactly as printed (lines re-joined), and the page it starts on.
 */
public record DraftFinding(FindingKind kind, JudgementArea area, String text, int page, Confidence confidence) {
}
