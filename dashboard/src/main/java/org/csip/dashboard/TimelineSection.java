package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csip.dashboard.Sections.Chart;

/**
 * The dashboard's inspection timeline from the council's timeline: each judgement over time on one chart (a gap
 * where an inspection did not grade an area, never a made-up point), a table saying every judgement in words, and
 * where the council stands — its overall grade, or, under a framework that forms none, each judgement.
 */
final class TimelineSection {
    private static final String OVERALL = "OVERALL_EFFECTIVENESS";

    private TimelineSection() {
    }

    /** The section from the council's timeline as inspection-service answers it. */
    static Sections.Timeline of(JsonNode timeline) {
        List<JsonNode> graded = new ArrayList<>();
        Map<String, String> series = new LinkedHashMap<>();
        for (JsonNode entry : timeline.path("entries")) {
            // The council's own inspections: an inspection of its police force (an organisation's) is listed on the
            // timeline, not charted among Ofsted's judgements of the council.
            boolean councils = entry.path("organisation").isMissingNode() || entry.path("organisation").isNull();
            if (councils && "PUBLISHED".equals(entry.path("status").asText()) && entry.path("judgements").size() > 0) {
                graded.add(entry);
                for (JsonNode judgement : entry.path("judgements")) {
                    series.putIfAbsent(judgement.path("area").asText(), capitalised(judgement.path("shortLabel")
                            .asText(words(judgement.path("area").asText()))));
                }
            }
        }
        // The overall grade first, then each area in the order the inspections graded it.
        Map<String, String> ordered = new LinkedHashMap<>();
        if (series.containsKey(OVERALL)) {
            ordered.put(OVERALL, "Overall effectiveness");
        }
        series.forEach(ordered::putIfAbsent);
        ObjectNode chart = DashboardData.chart("line",
                graded.stream().map(e -> e.path("publishedDate").asText()).toList());
        chart.put("grades", true);
        ordered.forEach((area, label) -> DashboardData.series(chart, label,
                graded.stream().map(e -> (Number) rank(e, area)).toList()));
        List<List<String>> rows = graded.stream().map(e -> List.of(e.path("publishedDate").asText(),
                e.path("title").asText(), judgementsInWords(e))).toList();
        List<Sections.Intervention> interventions = new ArrayList<>();
        for (JsonNode entry : timeline.path("entries")) {
            if ("INTERVENTION_STARTED".equals(entry.path("kind").asText())
                    && isInForce(timeline, entry.path("interventionId").asText())) {
                interventions.add(new Sections.Intervention(words(entry.path("type").asText()),
                        entry.path("date").asText(), entry.path("adviser").asText(null),
                        entry.path("nextReviewDue").asText(null)));
            }
        }
        return new Sections.Timeline(timeline.path("name").asText(),
                words(timeline.path("currentOverallGrade").asText("")),
                timeline.path("currentGradePublished").asText(null), currentWithoutOverall(timeline), interventions,
                new Chart("timeline-chart", "Ofsted judgements over time", DashboardData.text(chart),
                        List.of("Published", "Inspection", "Judgements"), rows));
    }

    /**
     * A judgement's place on Ofsted's four-point scale (1 outstanding … 4 inadequate), the chart's axis, or null — a
     * gap, never a made-up value — where the inspection did not grade that area, printed "not judged", or used a grade
     * of another scale (its table row still says it in words).
     */
    private static Integer rank(JsonNode entry, String area) {
        for (JsonNode judgement : entry.path("judgements")) {
            if (judgement.path("area").asText().equals(area)) {
                int rank = DashboardData.GRADES.indexOf(judgement.path("grade").asText()) + 1;
                return rank >= 1 ? rank : null;
            }
        }
        return null;
    }

    /** Every judgement of an inspection in words, saying so when its framework gave no overall grade. */
    private static String judgementsInWords(JsonNode entry) {
        List<String> parts = new ArrayList<>();
        if (!entry.path("overallGraded").asBoolean(true)) {
            parts.add("No overall grade (" + entry.path("framework").asText() + " gives none)");
        }
        for (JsonNode judgement : entry.path("judgements")) {
            parts.add(capitalised(judgement.path("shortLabel").asText(words(judgement.path("area").asText()))) + ": "
                    + judgement.path("gradeLabel").asText(words(judgement.path("grade").asText()))
                    .toLowerCase(java.util.Locale.UK));
        }
        return String.join("; ", parts);
    }

    /** Where the council's latest graded inspection formed no overall grade: each judgement in words; else null. */
    private static String currentWithoutOverall(JsonNode timeline) {
        if (!timeline.path("currentOverallGrade").isMissingNode() && !timeline.path("currentOverallGrade").isNull()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode judgement : timeline.path("currentJudgements")) {
            parts.add(judgement.path("shortLabel").asText() + " " + judgement.path("gradeLabel").asText()
                    .toLowerCase(java.util.Locale.UK));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String words(String constant) {
        return DashboardData.words(constant);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }


    private static boolean isInForce(JsonNode timeline, String interventionId) {
        for (JsonNode intervention : timeline.path("interventionsInForce")) {
            if (intervention.path("id").asText().equals(interventionId)) {
                return true;
            }
        }
        return false;
    }
}
