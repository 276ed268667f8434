package org.csip.inspection.inspection;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One Ofsted inspection framework, as data ({@code frameworks/frameworks.json}, read by {@link Frameworks}): the
 * inspection types and fieldwork dates it applies to, the areas it grades (which are required), whether an area forms
 * an overall grade, and its grade scale — so a new framework is a data change, not a code change.
 *
 * @param overall  the area that is the overall grade, or null when the framework gives none (ILACS from April 2026)
 * @param scale    the grades, best first
 * @param unranked words a report may print instead of a grade ("Not judged"): allowed, never ranked or plotted
 * @param gradeWords the framework's own words for a grade where its inspectorate's differ from Ofsted's (HMICFRS's
 *                   "Requires improvement"); the others are the catalogue's
 */
public record Framework(String code, String name, List<InspectionType> inspectionTypes, LocalDate onSiteFrom,
                        LocalDate onSiteUntil, JudgementArea overall, List<Grade> scale, List<Grade> unranked,
                        List<Area> areas, java.util.Map<Grade, String> gradeWords) {

    public Framework {
        gradeWords = gradeWords == null ? java.util.Map.of() : java.util.Map.copyOf(gradeWords);
    }

    /** The grade in this framework's words ("Requires improvement to be good" under Ofsted's, "Requires improvement" under HMICFRS's). */
    public String wordsFor(Grade grade) {
        return gradeWords.getOrDefault(grade, grade.label());
    }

    /** One graded area of a framework: its code, the name Ofsted prints, a short name for titles, required or not. */
    public record Area(JudgementArea code, String label, String shortLabel, boolean required) {
    }

    public boolean graded() {
        return !areas.isEmpty();
    }

    /** True when the framework forms an overall grade (an {@code overall} area); false for sub-judgements only. */
    public boolean hasOverallGrade() {
        return overall != null;
    }

    /** Whether an inspection of this type with fieldwork starting on {@code onSiteStart} falls under it. */
    public boolean appliesTo(InspectionType type, LocalDate onSiteStart) {
        if (!inspectionTypes.contains(type)) {
            return false;
        }
        if (onSiteStart == null) {
            return onSiteFrom == null && onSiteUntil == null;
        }
        return (onSiteFrom == null || !onSiteStart.isBefore(onSiteFrom))
                && (onSiteUntil == null || !onSiteStart.isAfter(onSiteUntil));
    }

    public Optional<Area> area(JudgementArea code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The name this framework prints for the area, or its code when the framework does not grade it. */
    public String labelOf(JudgementArea code) {
        return area(code).map(Area::label).orElse(code.code());
    }

    public boolean grades(JudgementArea code) {
        return area(code).isPresent();
    }

    /** Every area's code, in the framework's order. */
    public Set<JudgementArea> areaCodes() {
        return areas.stream().map(Area::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<JudgementArea> requiredAreas() {
        return areas.stream().filter(Area::required).map(Area::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The position of an area in the framework's order, for sorting judgements; unknown areas last. */
    public int order(JudgementArea code) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).code().equals(code)) {
                return i;
            }
        }
        return areas.size();
    }

    /** The grade's place on the scale, 1 for the best; 0 for an unranked word such as "not judged". */
    public int rank(Grade grade) {
        return scale.indexOf(grade) + 1;
    }

    public boolean allows(Grade grade) {
        return scale.contains(grade) || unranked.contains(grade);
    }

    /** The on-site dates it applies to, in words ("from 2023-01-01 to 2026-03-31"). */
    public String period() {
        if (onSiteFrom == null && onSiteUntil == null) {
            return "at any date";
        }
        String from = onSiteFrom == null ? "" : "from " + onSiteFrom + " ";
        return from + (onSiteUntil == null ? "onwards" : "to " + onSiteUntil);
    }

    /** What the grades mean together, in words, for timelines and reports. */
    public String overallInWords() {
        return hasOverallGrade() ? "an overall grade (" + area(overall).map(Area::label).orElse(overall.code()) + ")"
                : "no overall grade: each judgement stands on its own";
    }
}
