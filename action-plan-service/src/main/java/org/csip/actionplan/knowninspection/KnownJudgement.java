package org.csip.actionplan.knowninspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One judgement of a known inspection as inspection-events carried it: codes and the words to show them in. A plan's
 * report lists them all, so an inspection with no overall grade (ILACS from April 2026) still says how it was judged.
 */
public record KnownJudgement(String area, String label, String grade, String gradeLabel) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The judgements stored as JSON (null: none known). */
    static List<KnownJudgement> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(stored, new TypeReference<List<KnownJudgement>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored judgements are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
