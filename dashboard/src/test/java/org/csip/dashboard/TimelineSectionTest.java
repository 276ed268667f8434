package org.csip.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's inspection timeline, from a timeline as inspection-service answers it: every judgement over time,
 * a gap (never a value) where an inspection did not grade an area, and no overall grade invented when the latest
 * framework (ILACS from April 2026) forms none.
 */
class TimelineSectionTest {
    private final ObjectMapper json = new ObjectMapper();

    private static final String TIMELINE = """
            {"name": "Brent", "currentOverallGrade": null, "currentGradePublished": "2026-06-12",
             "currentGrading": "Graded under ILACS from April 2026: no overall grade: each judgement stands on its own",
             "currentJudgements": [
               {"area": "IMPACT_OF_LEADERS", "shortLabel": "leaders", "grade": "GOOD", "gradeLabel": "Good", "rank": 2},
               {"area": "CARE_LEAVERS", "shortLabel": "care leavers", "grade": "GOOD", "gradeLabel": "Good", "rank": 2}],
             "interventionsInForce": [],
             "entries": [
               {"kind": "INSPECTION", "status": "PUBLISHED", "publishedDate": "2019-11-04", "framework": "ILACS_2018",
                "overallGraded": true, "title": "ILACS standard inspection: overall inadequate", "judgements": [
                  {"area": "OVERALL_EFFECTIVENESS", "shortLabel": "overall", "grade": "INADEQUATE",
                   "gradeLabel": "Inadequate", "rank": 4},
                  {"area": "IMPACT_OF_LEADERS", "shortLabel": "leaders", "grade": "REQUIRES_IMPROVEMENT",
                   "gradeLabel": "Requires improvement to be good", "rank": 3}]},
               {"kind": "INSPECTION", "status": "PUBLISHED", "publishedDate": "2020-05-20", "framework": "UNGRADED",
                "title": "Monitoring visit", "judgements": []},
               {"kind": "INSPECTION", "status": "PUBLISHED", "publishedDate": "2026-06-12", "framework": "ILACS_2026",
                "overallGraded": false, "title": "ILACS short inspection: no overall grade; leaders good, care leavers good",
                "judgements": [
                  {"area": "IMPACT_OF_LEADERS", "shortLabel": "leaders", "grade": "GOOD", "gradeLabel": "Good", "rank": 2},
                  {"area": "CARE_LEAVERS", "shortLabel": "care leavers", "grade": "NOT_JUDGED",
                   "gradeLabel": "Not judged", "rank": 0}]}]}""";

    @Test
    void eachJudgementIsASeriesWithGapsWhereItWasNotGraded() throws Exception {
        Sections.Timeline section = TimelineSection.of(json.readTree(TIMELINE));
        JsonNode chart = json.readTree(section.chart().json());
        assertThat(section.chart().title()).isEqualTo("Ofsted judgements over time");
        assertThat(chart.path("grades").asBoolean()).isTrue();
        // Only graded inspections are points in time; the monitoring visit is not.
        assertThat(texts(chart.path("labels"))).containsExactly("2019-11-04", "2026-06-12");
        assertThat(chart.path("series").findValuesAsText("label"))
                .containsExactly("Overall effectiveness", "Leaders", "Care leavers");
        // Overall: inadequate in 2019, nothing in 2026 (a gap, not a grade); care leavers "not judged": a gap too.
        assertThat(chart.path("series").get(0).path("data").toString()).isEqualTo("[4.0,null]");
        assertThat(chart.path("series").get(1).path("data").toString()).isEqualTo("[3.0,2.0]");
        assertThat(chart.path("series").get(2).path("data").toString()).isEqualTo("[null,null]");
    }

    @Test
    void theTableAndTheHeadlineSayInWordsThatThereIsNoOverallGrade() throws Exception {
        Sections.Timeline section = TimelineSection.of(json.readTree(TIMELINE));
        assertThat(section.chart().rows()).hasSize(2);
        assertThat(section.chart().rows().get(0)).containsExactly("2019-11-04",
                "ILACS standard inspection: overall inadequate",
                "Overall: inadequate; Leaders: requires improvement to be good");
        assertThat(section.chart().rows().get(1).get(2))
                .isEqualTo("No overall grade (ILACS_2026 gives none); Leaders: good; Care leavers: not judged");
        assertThat(section.currentGrade()).isEmpty();
        assertThat(section.currentJudgements()).isEqualTo("leaders good, care leavers good");
        assertThat(section.gradePublished()).isEqualTo("2026-06-12");
    }

    @Test
    void anInspectionOfTheCouncilsPoliceForceIsNotChartedAmongOfstedsJudgementsOfTheCouncil() throws Exception {
        String withForce = TIMELINE.replace("\"entries\": [", """
                "entries": [
                  {"kind": "INSPECTION", "status": "PUBLISHED", "publishedDate": "2022-03-01", "framework": "NCPI",
                   "overallGraded": false, "organisation": "merseyside-police",
                   "title": "HMICFRS child protection inspection of a police force (merseyside-police)", "judgements": [
                     {"area": "INVESTIGATION", "shortLabel": "investigation", "grade": "REQUIRES_IMPROVEMENT",
                      "gradeLabel": "Requires improvement", "rank": 4}]},""");
        Sections.Timeline section = TimelineSection.of(json.readTree(withForce));
        JsonNode chart = json.readTree(section.chart().json());
        assertThat(texts(chart.path("labels"))).containsExactly("2019-11-04", "2026-06-12");
        assertThat(chart.path("series").findValuesAsText("label")).doesNotContain("Investigation");
        assertThat(section.chart().rows()).hasSize(2);
    }

    @Test
    void aCouncilWithAnOverallGradeReadsAsBefore() throws Exception {
        Sections.Timeline section = TimelineSection.of(json.readTree("""
                {"name": "St. Helens", "currentOverallGrade": "GOOD", "currentGradePublished": "2023-09-04",
                 "currentJudgements": [{"area": "OVERALL_EFFECTIVENESS", "shortLabel": "overall", "grade": "GOOD",
                   "gradeLabel": "Good", "rank": 2}], "entries": []}"""));
        assertThat(section.currentGrade()).isEqualTo("Good");
        assertThat(section.currentJudgements()).isNull();
        assertThat(section.chart().rows()).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
