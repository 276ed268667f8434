package org.csip.inspection.timeline;

import java.time.LocalDate;
import java.util.List;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.intervention.InterventionView;

/**
 * A council's inspection history in date order, headed by where it stands now — its latest graded inspection's
 * judgements (and overall grade, null when that framework forms none) and any intervention in force — what a new
 * director reads first.
 */
public record Timeline(String laCode, String name, String region, Grade currentOverallGrade,
                       LocalDate currentGradePublished, String currentGrading,
                       List<TimelineJudgement> currentJudgements, List<InterventionView> interventionsInForce,
                       List<TimelineEntry> entries) {
}
