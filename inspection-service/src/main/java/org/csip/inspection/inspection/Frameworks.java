package org.csip.inspection.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;

/**
 * The inspection frameworks CSIP knows, read once from {@code frameworks/frameworks.json} and checked as they are
 * read (unique codes, known grades, an overall area that is one of the framework's own, no two frameworks of one
 * inspection type covering the same day), so a broken data change stops the service at start, saying what is wrong.
 */
public final class Frameworks {
    static final String RESOURCE = "/frameworks/frameworks.json";
    private static final Frameworks CATALOGUE = load(RESOURCE);

    private final Map<String, Framework> byCode;
    private final Map<Grade, String> gradeLabels;
    private final Set<JudgementArea> areas;

    private Frameworks(Map<String, Framework> byCode, Map<Grade, String> gradeLabels) {
        this.byCode = byCode;
        this.gradeLabels = gradeLabels;
        this.areas = byCode.values().stream().flatMap(f -> f.areaCodes().stream()).collect(Collectors.toSet());
    }

    /** Every framework, in the file's order (oldest first). */
    public static List<Framework> all() {
        return List.copyOf(CATALOGUE.byCode.values());
    }

    public static Optional<Framework> find(String code) {
        return Optional.ofNullable(code == null ? null : CATALOGUE.byCode.get(code));
    }

    /** The framework with this code; for codes stored with a record, which are always known. */
    public static Framework get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No inspection framework " + code + " in "
                + RESOURCE));
    }

    /** The framework an inspection of this type with fieldwork from {@code onSiteStart} falls under, if any. */
    public static Optional<Framework> of(InspectionType type, LocalDate onSiteStart) {
        return CATALOGUE.byCode.values().stream().filter(f -> f.appliesTo(type, onSiteStart)).findFirst();
    }

    /** As {@link #of}, or a 409 saying which frameworks grade the type and when. */
    public static Framework require(InspectionType type, LocalDate onSiteStart) {
        return of(type, onSiteStart).orElseThrow(() -> {
            String instead = CATALOGUE.byCode.values().stream().filter(f -> f.graded() == type.graded())
                    .flatMap(f -> f.inspectionTypes().stream().filter(t -> f.appliesTo(t, onSiteStart))
                            .map(t -> t + " (" + f.code() + ")")).distinct().collect(Collectors.joining(" or "));
            return ProblemException.conflict("No inspection framework covers a " + type + " inspection on site from "
                    + onSiteStart + "; " + type + " inspections are graded under " + forType(type).stream()
                    .map(f -> f.code() + " (" + f.period() + ")").collect(Collectors.joining(", "))
                    + (instead.isEmpty() ? "" : ". An inspection on site then is recorded as " + instead));
        });
    }

    /** The frameworks that apply to this type of inspection, oldest first. */
    public static List<Framework> forType(InspectionType type) {
        return CATALOGUE.byCode.values().stream().filter(f -> f.inspectionTypes().contains(type)).toList();
    }

    /** True for an area some framework grades. */
    public static boolean known(JudgementArea area) {
        return CATALOGUE.areas.contains(area);
    }

    static String gradeLabel(Grade grade) {
        return CATALOGUE.gradeLabels.getOrDefault(grade, grade.code());
    }

    /** Reads and checks a catalogue; public to the package so tests can feed broken files. */
    static Frameworks load(String resource) {
        try (InputStream in = Frameworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The inspection frameworks " + resource + " are missing");
            }
            return parse(new ObjectMapper().readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inspection frameworks " + resource, e);
        }
    }

    static Frameworks parse(JsonNode root, String source) {
        Map<Grade, String> grades = new LinkedHashMap<>();
        root.path("grades").fields().forEachRemaining(e -> {
            if (!e.getKey().matches("[A-Z][A-Z0-9_]{0,23}")) {
                throw invalid(source, "-", "grade " + e.getKey() + " is not a 1-24 character code (the column"
                        + " holds 24)");
            }
            grades.put(new Grade(e.getKey()), e.getValue().asText());
        });
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (JsonNode node : root.path("frameworks")) {
            Framework framework = framework(node, grades, source);
            if (frameworks.put(framework.code(), framework) != null) {
                throw invalid(source, framework.code(), "the code is used twice");
            }
        }
        if (frameworks.isEmpty()) {
            throw invalid(source, "-", "no frameworks");
        }
        for (InspectionType type : InspectionType.values()) {
            List<Framework> of = frameworks.values().stream().filter(f -> f.inspectionTypes().contains(type)).toList();
            if (of.isEmpty()) {
                throw invalid(source, type.name(), "no framework applies to inspection type " + type);
            }
            for (int i = 0; i < of.size(); i++) {
                if (of.get(i).graded() != type.graded()) {
                    throw invalid(source, of.get(i).code(), type + " is " + (type.graded() ? "" : "un") + "graded, so"
                            + " its framework must " + (type.graded() ? "" : "not ") + "have areas");
                }
                for (int j = i + 1; j < of.size(); j++) {
                    if (overlap(of.get(i), of.get(j))) {
                        throw invalid(source, of.get(j).code(), "its dates overlap " + of.get(i).code() + " for " + type);
                    }
                }
            }
        }
        return new Frameworks(frameworks, grades);
    }

    private static Framework framework(JsonNode node, Map<Grade, String> grades, String source) {
        String code = text(node, "code");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw invalid(source, String.valueOf(code), "a framework code is 1-32 capitals, digits or _ (the column"
                    + " holds 32)");
        }
        List<InspectionType> types = new ArrayList<>();
        for (JsonNode type : node.path("inspectionTypes")) {
            try {
                types.add(InspectionType.valueOf(type.asText()));
            } catch (IllegalArgumentException e) {
                throw invalid(source, code, "unknown inspection type " + type.asText());
            }
        }
        List<Framework.Area> areas = new ArrayList<>();
        Set<JudgementArea> seen = new HashSet<>();
        for (JsonNode area : node.path("areas")) {
            JudgementArea areaCode = new JudgementArea(text(area, "code"));
            if (areaCode.code() == null || !areaCode.code().matches("[A-Z][A-Z0-9_]{0,47}") || !seen.add(areaCode)) {
                throw invalid(source, code, "area " + areaCode + " is not a 1-48 character code or is listed twice");
            }
            areas.add(new Framework.Area(areaCode, text(area, "label"), text(area, "short"),
                    area.path("required").asBoolean(false)));
        }
        JudgementArea overall = text(node, "overall") == null ? null : new JudgementArea(text(node, "overall"));
        if (overall != null && areas.stream().noneMatch(a -> a.code().equals(overall) && a.required())) {
            throw invalid(source, code, "its overall area " + overall + " must be one of its required areas");
        }
        List<Grade> scale = grades(node.path("scale"), grades, source, code);
        List<Grade> unranked = grades(node.path("unranked"), grades, source, code);
        if (!areas.isEmpty() && scale.isEmpty()) {
            throw invalid(source, code, "a framework with areas needs a grade scale");
        }
        LocalDate from = date(node, "onSiteFrom", source, code);
        LocalDate until = date(node, "onSiteUntil", source, code);
        if (from != null && until != null && until.isBefore(from)) {
            throw invalid(source, code, "onSiteUntil is before onSiteFrom");
        }
        Map<Grade, String> words = new LinkedHashMap<>();
        node.path("gradeLabels").fields().forEachRemaining(e -> {
            Grade grade = new Grade(e.getKey());
            if (!scale.contains(grade) && !unranked.contains(grade)) {
                throw invalid(source, code, "gradeLabels names " + grade.code() + ", which is not on its scale");
            }
            words.put(grade, e.getValue().asText());
        });
        return new Framework(code, text(node, "name"), List.copyOf(types), from, until, overall, scale, unranked,
                List.copyOf(areas), words);
    }

    private static List<Grade> grades(JsonNode list, Map<Grade, String> known, String source, String code) {
        List<Grade> grades = new ArrayList<>();
        for (JsonNode grade : list) {
            Grade g = new Grade(grade.asText());
            if (!known.containsKey(g)) {
                throw invalid(source, code, "grade " + g + " is not in \"grades\"");
            }
            grades.add(g);
        }
        return List.copyOf(grades);
    }

    private static boolean overlap(Framework a, Framework b) {
        LocalDate aFrom = a.onSiteFrom() == null ? LocalDate.MIN : a.onSiteFrom();
        LocalDate aUntil = a.onSiteUntil() == null ? LocalDate.MAX : a.onSiteUntil();
        LocalDate bFrom = b.onSiteFrom() == null ? LocalDate.MIN : b.onSiteFrom();
        LocalDate bUntil = b.onSiteUntil() == null ? LocalDate.MAX : b.onSiteUntil();
        return !aUntil.isBefore(bFrom) && !bUntil.isBefore(aFrom);
    }

    private static LocalDate date(JsonNode node, String field, String source, String code) {
        String text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(source, code, field + " \"" + text + "\" is not a date (yyyy-mm-dd)");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static IllegalStateException invalid(String source, String framework, String why) {
        return new IllegalStateException("Inspection frameworks " + source + ", framework " + framework + ": " + why);
    }
}
