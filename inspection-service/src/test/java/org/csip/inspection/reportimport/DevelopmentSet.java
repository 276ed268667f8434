package org.csip.inspection.reportimport;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.csip.common.problem.ProblemException;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.JudgementArea;

/**
 * The importer measured on the development set ({@code src/test/resources/ofsted/dev/}: 85 published reports and
 * {@code truth.csv}, their true values read by people, not by the importer): each report read, each value compared
 * with the truth field by field, and a table per stratum of how many were right, wrong, missing or flagged.
 * A value is <em>flagged</em> when the draft carries a MISSING or CHECK flag on its field, so a person is told to
 * look; a wrong value without such a flag is the one failure that must never happen.
 * Run alone: {@code ./mvnw -q -pl inspection-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.csip.inspection.reportimport.DevelopmentSet}
 */
public final class DevelopmentSet {
    static final String FOLDER = "/ofsted/dev/";

    /** The ways a report is grouped in the table: the frameworks and layouts the set was drawn from. */
    enum Stratum {
        ILACS_2018_22("ILACS 2018–22"), ILACS_2023_ON("ILACS 2023 on"), SIF_2013_14("SIF 2013–14"),
        SIF_2015_18("SIF 2015–18"), OTHER("not a report");

        final String label;

        Stratum(String label) {
            this.label = label;
        }

        boolean ilacs() {
            return this == ILACS_2018_22 || this == ILACS_2023_ON;
        }

        boolean sif() {
            return this == SIF_2013_14 || this == SIF_2015_18;
        }
    }

    /** One row of truth.csv, with the council its source folder names. */
    record Truth(String file, Stratum stratum, LocalDate onSiteStart, LocalDate onSiteEnd, String leadInspector,
                 Map<JudgementArea, Grade> grades, Integer improveCount, String note, String laCode) {
        boolean genuine() {
            return stratum != Stratum.OTHER;
        }
    }

    /** How one report came out. {@code wrongUnflagged} and {@code rightFlagged} name fields. */
    record Outcome(Truth truth, ReportDraft draft, ProblemException refusal, boolean council, boolean grades,
                   boolean dates, boolean leadInspector, boolean items, List<String> wrongUnflagged,
                   List<String> rightFlagged, List<String> misses) {
        boolean refused() {
            return refusal != null;
        }

        String refusalType() {
            return refusal == null ? null : refusal.problem().type().toString().replaceAll(".*/", "");
        }
    }

    private final List<Truth> truths;
    private final OfstedReportParser parser;

    DevelopmentSet(OfstedReportParser parser) {
        this.parser = parser;
        this.truths = readTruth();
    }

    List<Truth> truths() {
        return truths;
    }

    List<Outcome> run() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Truth truth : truths) {
            outcomes.add(score(truth));
        }
        return outcomes;
    }

    Outcome score(Truth truth) {
        byte[] pdf = bytes(FOLDER + truth.file());
        ReportDraft draft;
        try {
            draft = parser.read(pdf);
        } catch (ProblemException e) {
            return new Outcome(truth, null, e, false, false, false, false, false, List.of(), List.of(),
                    List.of("refused: " + e.getMessage()));
        }
        List<String> wrong = new ArrayList<>();
        List<String> rightFlagged = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        if (!truth.genuine()) {
            wrong.add("not refused: read as " + draft.format());
            return new Outcome(truth, draft, null, false, false, false, false, false, wrong, rightFlagged, wrong);
        }
        Check check = new Check(draft, wrong, rightFlagged, misses);
        boolean council = truth.genuine() && check.field("laCode", truth.laCode(), draft.laCode());
        boolean grades = true;
        Set<JudgementArea> areas = new LinkedHashSet<>(truth.grades().keySet());
        draft.judgements().forEach(j -> areas.add(j.area()));
        for (JudgementArea area : areas) {
            Grade read = draft.judgements().stream().filter(j -> j.area().equals(area)).map(DraftJudgement::grade)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            grades &= check.field("judgements." + area.code(), truth.grades().get(area), read);
        }
        boolean dates = check.field("onSiteStart", truth.onSiteStart(), draft.onSiteStart())
                & check.field("onSiteEnd", truth.onSiteEnd(), draft.onSiteEnd());
        boolean lead = check.field("leadInspector", truth.leadInspector(), draft.leadInspector());
        boolean items = truth.improveCount() == null
                || check.field("findings", truth.improveCount(), draft.findings().size());
        return new Outcome(truth, draft, null, council, grades, dates, lead, items, wrong, rightFlagged, misses);
    }

    /** Compares one field and sorts it into right, right-but-flagged, wrong-and-flagged or wrong-unflagged. */
    private record Check(ReportDraft draft, List<String> wrong, List<String> rightFlagged, List<String> misses) {
        boolean field(String field, Object expected, Object read) {
            boolean flagged = flagged(field);
            if (Objects.equals(expected, read)) {
                if (flagged && read != null) {
                    rightFlagged.add(field);
                }
                return true;
            }
            misses.add(field + ": expected " + expected + ", read " + read + (flagged ? " (flagged)" : ""));
            if (read != null && !flagged) {
                wrong.add(field + " = " + read + " (true: " + expected + ")");
            }
            return false;
        }

        /** A MISSING or CHECK flag on the field, on its whole group ("judgements") or on one of its items. */
        boolean flagged(String field) {
            String group = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            Predicate<String> covers = f -> f.equals(field) || f.equals(group) || f.startsWith(field + "[")
                    || (group.equals("onSiteStart") || group.equals("onSiteEnd"))
                    && (f.equals("onSiteStart") || f.equals("onSiteEnd"));
            return draft.flags().stream().anyMatch(f -> f.severity() != DraftFlag.Severity.NOTE && covers.test(f.field()));
        }
    }

    /** The table the acceptance test prints and docs/inspections.md records. */
    static String table(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("| %-14s | %7s | %6s | %7s | %11s | %7s | %14s | %10s | %7s | %15s | %12s |%n",
                "stratum", "reports", "drafts", "refused", "grades right", "dates", "lead inspector", "items exact",
                "council", "wrong unflagged", "right flagged"));
        out.append("|----------------|--------:|-------:|--------:|------------:|--------:|---------------:|-----------:|"
                + "--------:|----------------:|-------------:|\n");
        for (Stratum stratum : Stratum.values()) {
            List<Outcome> in = outcomes.stream().filter(o -> o.truth().stratum() == stratum).toList();
            if (!in.isEmpty()) {
                out.append(row(stratum.label, in));
            }
        }
        out.append(row("all reports", outcomes.stream().filter(o -> o.truth().genuine()).toList()));
        return out.toString();
    }

    private static String row(String label, List<Outcome> in) {
        boolean reports = in.stream().allMatch(o -> o.truth().genuine());
        long drafts = in.stream().filter(o -> !o.refused()).count();
        return String.format("| %-14s | %7d | %6d | %7d | %11s | %7s | %14s | %10s | %7s | %15d | %12d |%n", label,
                in.size(), drafts, in.size() - drafts, reports ? count(in, Outcome::grades) : "–",
                reports ? count(in, Outcome::dates) : "–", reports ? count(in, Outcome::leadInspector) : "–",
                reports ? count(in, Outcome::items) : "–", reports ? count(in, Outcome::council) : "–",
                in.stream().mapToInt(o -> o.wrongUnflagged().size()).sum(),
                in.stream().mapToInt(o -> o.rightFlagged().size()).sum());
    }

    private static String count(List<Outcome> in, Predicate<Outcome> right) {
        return in.stream().filter(right).count() + "/" + in.size();
    }

    static double share(List<Outcome> outcomes, Predicate<Outcome> in, Predicate<Outcome> right) {
        List<Outcome> of = outcomes.stream().filter(in).toList();
        return of.isEmpty() ? 1 : (double) of.stream().filter(right).count() / of.size();
    }

    private static List<Truth> readTruth() {
        Map<String, String> laCodeByUrn = new HashMap<>();
        for (Map<String, String> row : csv(LocalAuthorityRegister.RESOURCE)) {
            laCodeByUrn.put(row.get("urn").strip(), row.get("la_code").strip());
        }
        List<Truth> truths = new ArrayList<>();
        for (Map<String, String> row : csv(FOLDER + "truth.csv")) {
            String framework = row.get("framework");
            LocalDate start = date(row.get("on_site_start"));
            LocalDate published = date(row.get("published"));
            Stratum stratum = switch (framework) {
                case "ILACS" -> start.getYear() < 2023 ? Stratum.ILACS_2018_22 : Stratum.ILACS_2023_ON;
                case "SIF" -> published.getYear() < 2015 ? Stratum.SIF_2013_14 : Stratum.SIF_2015_18;
                default -> Stratum.OTHER;
            };
            String urn = row.get("source_path").replaceAll(".*/(\\d+)_[^/]*/[^/]*$", "$1");
            truths.add(new Truth(row.get("file"), stratum, start, date(row.get("on_site_end")),
                    blankToNull(row.get("lead_inspector")), grades(row, stratum),
                    row.get("improve_count").isBlank() ? null : Integer.valueOf(row.get("improve_count")),
                    row.get("note"), laCodeByUrn.get(urn)));
        }
        return truths;
    }

    private static Map<JudgementArea, Grade> grades(Map<String, String> row, Stratum stratum) {
        Map<JudgementArea, Grade> grades = new LinkedHashMap<>();
        put(grades, JudgementArea.OVERALL_EFFECTIVENESS, row.get("overall"));
        put(grades, JudgementArea.HELP_AND_PROTECTION, row.get("help_protection"));
        if (stratum.ilacs()) {
            put(grades, JudgementArea.IMPACT_OF_LEADERS, row.get("leaders"));
            boolean apart = !row.get("care_leavers").isBlank();
            put(grades, apart ? JudgementArea.CHILDREN_IN_CARE : JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                    row.get("children_in_care"));
            put(grades, JudgementArea.CARE_LEAVERS, row.get("care_leavers"));
        } else if (stratum.sif()) {
            put(grades, JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, row.get("children_in_care"));
            for (String pair : row.get("sif_other").split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=");
                JudgementArea area = switch (kv[0]) {
                    case "adoption_performance" -> JudgementArea.ADOPTION_PERFORMANCE;
                    case "care_leavers" -> JudgementArea.CARE_LEAVERS;
                    case "leadership_management_governance" -> JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
                    case "lscb" -> JudgementArea.LSCB;
                    default -> throw new IllegalStateException("Unknown SIF area in truth.csv: " + kv[0]);
                };
                put(grades, area, kv[1]);
            }
        }
        return grades;
    }

    private static void put(Map<JudgementArea, Grade> grades, JudgementArea area, String grade) {
        if (grade != null && !grade.isBlank()) {
            grades.put(area, new Grade(grade.strip()));
        }
    }

    private static List<Map<String, String>> csv(String resource) {
        String text = new String(bytes(resource), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = DevelopmentSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Prints the table and every miss, for working on the importer. */
    public static void main(String[] args) {
        DevelopmentSet set = new DevelopmentSet(new OfstedReportParser(new LocalAuthorityMatcher(new LocalAuthorityRegister())));
        List<Outcome> outcomes = set.run();
        for (Outcome o : outcomes) {
            if (!o.misses().isEmpty() || !o.rightFlagged().isEmpty()) {
                System.out.println(o.truth().file() + (o.refused() ? " REFUSED " + o.refusalType() : "")
                        + "\n    misses: " + o.misses() + "\n    right but flagged: " + o.rightFlagged()
                        + (o.wrongUnflagged().isEmpty() ? "" : "\n    WRONG UNFLAGGED: " + o.wrongUnflagged()));
            }
        }
        System.out.println(table(outcomes));
    }
}
