package org.csip.inspection.reportimport;

import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.JudgementArea;

/** A judgement as read from the report; {@code grade} is null when the report's two statements of it disagree. */
public record DraftJudgement(JudgementArea area, Grade grade, String asPrinted, int page, Confidence confidence) {
}
