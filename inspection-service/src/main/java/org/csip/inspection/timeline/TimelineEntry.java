package org.csip.inspection.timeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.InspectionStatus;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.intervention.InterventionType;

/** One dated step in a council's history; {@code kind} says which. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TimelineEntry.InspectionEntry.class, name = "INSPECTION"),
    @JsonSubTypes.Type(value = TimelineEntry.InterventionStarted.class, name = "INTERVENTION_STARTED"),
    @JsonSubTypes.Type(value = TimelineEntry.InterventionEnded.class, name = "INTERVENTION_ENDED")
})
public sealed interface TimelineEntry {
    LocalDate date();

    String title();

    /** Where entries of the same day fall: an inspection, then what it started, then what ended. */
    int rank();

    /**
     * A visit, dated by its fieldwork, with each of its judgements and how many findings of each kind.
     * {@code overallGraded} is false when its framework forms no overall grade: {@code overallGrade} is then null
     * by design, and {@code grading} says so in words.
     */
    record InspectionEntry(LocalDate date, String title, UUID inspectionId, InspectionType type,
                           InspectionStatus status, String framework, Boolean overallGraded, String grading,
                           LocalDate notifiedDate, LocalDate onSiteStart, LocalDate onSiteEnd, LocalDate publishedDate,
                           Grade overallGrade, List<TimelineJudgement> judgements, Map<FindingKind, Long> findings,
                           String theme,
                           String leadInspector, String reportUrl, String organisation) implements TimelineEntry {
        @Override
        public int rank() {
            return 0;
        }
    }

    /** The DfE intervened. */
    record InterventionStarted(LocalDate date, String title, UUID interventionId, InterventionType type,
                               UUID triggeredByInspectionId, String adviser, int reviewCadenceWeeks,
                               long reviewsHeld, LocalDate nextReviewDue) implements TimelineEntry {
        @Override
        public int rank() {
            return 1;
        }
    }

    /** An intervention was lifted or replaced. */
    record InterventionEnded(LocalDate date, String title, UUID interventionId, InterventionType type,
                             String reason, long reviewsHeld) implements TimelineEntry {
        @Override
        public int rank() {
            return 2;
        }
    }
}
