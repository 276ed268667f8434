package org.csip.gateway.partner;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a partner's dashboard shows on landing, in one call: the agency's open, overdue and at-risk actions, the
 * plan's progress by theme, where the council stands with Ofsted and the DfE, and the agency's workforce. A part
 * whose service does not answer is left out and named in {@code unavailable}; the rest still comes.
 */
public record PartnerSummary(String agency, String laCode, OffsetDateTime generatedAt, Actions actions, JsonNode plan,
                             Inspections inspections, JsonNode workforce, List<String> unavailable) {

    /** The agency's actions: counts, and the open ones that need attention first (overdue, then red, then amber). */
    public record Actions(int open, int overdue, int atRisk, int completed, List<JsonNode> needingAttention) {
    }

    /**
     * Where the council stands with Ofsted — its latest graded inspection's judgements, and its overall grade (null
     * when that framework forms none, as ILACS from April 2026; {@code currentGrading} says so) — and the DfE
     * interventions in force.
     */
    public record Inspections(String name, String currentOverallGrade, String currentGradePublished,
                              String currentGrading, JsonNode currentJudgements, JsonNode latestInspection,
                              JsonNode interventionsInForce) {
    }
}
