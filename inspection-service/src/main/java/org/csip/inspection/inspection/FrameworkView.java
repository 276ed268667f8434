package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A framework as the API shows it, so clients (the dashboard, a partner's own system) learn each framework's areas,
 * their names, its grade scale and whether it forms an overall grade from CSIP instead of hard-coding them.
 */
public record FrameworkView(String code, String name, List<InspectionType> inspectionTypes, LocalDate onSiteFrom,
                            LocalDate onSiteUntil, JudgementArea overall, String overallInWords, List<Grade> scale,
                            List<Grade> unranked, Map<String, String> gradeLabels, List<Framework.Area> areas) {

    static FrameworkView of(Framework framework) {
        Map<String, String> labels = java.util.stream.Stream.concat(framework.scale().stream(),
                framework.unranked().stream()).collect(Collectors.toMap(Grade::code, framework::wordsFor, (a, b) -> a,
                java.util.LinkedHashMap::new));
        return new FrameworkView(framework.code(), framework.name(), framework.inspectionTypes(),
                framework.onSiteFrom(), framework.onSiteUntil(), framework.overall(), framework.overallInWords(),
                framework.scale(), framework.unranked(), labels, framework.areas());
    }
}
