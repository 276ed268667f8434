package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.csip.common.register.LocalAuthorityRegister;

/**
 * The portfolio an overseer works from (a DfE improvement adviser, a regional lead, a board chair): each council they
 * oversee in one row — its latest judgement, the interventions in force and the next review, its plan's status and
 * how many findings it answers, its overdue actions, and its workforce rates beside England's — read from the
 * services with their own token, so each service limits it to their councils again.
 */
@ApplicationScoped
public class Portfolio {
    /** The DfE workforce measures shown, each with the England figure of the same year beside it. */
    static final List<String> RATES = List.of("turnover_rate", "vacancy_rate", "agency_rate");

    /** One council's row. A part whose service did not answer is null and named in {@code unavailable}. */
    @TemplateData
    public record Row(String laCode, String name, String grade, String gradePublished, String interventions,
                      String nextReviewDue, String planTitle, String planStatus, Integer findings, Integer covered,
                      Integer overdueActions, Integer dfeYear, Double turnoverRate, Double turnoverEngland,
                      Double vacancyRate, Double vacancyEngland, Double agencyRate, Double agencyEngland,
                      List<String> unavailable) {

        /** The plan's coverage as a percentage of its findings answered, or null. */
        public Integer coveragePercent() {
            return findings == null || covered == null || findings == 0 ? null : Math.round(100f * covered / findings);
        }
    }

    /** The orders the table can be sorted in, by the column's key. */
    static final Map<String, Comparator<Row>> ORDERS = Map.of(
            "council", Comparator.comparing(Row::name),
            "grade", Comparator.comparing(Portfolio::gradeRank).reversed().thenComparing(Row::name),
            "review", Comparator.comparing((Row r) -> r.nextReviewDue() == null ? "9999" : r.nextReviewDue())
                    .thenComparing(Row::name),
            "coverage", Comparator.comparing((Row r) -> r.coveragePercent() == null ? 101 : r.coveragePercent())
                    .thenComparing(Row::name),
            "overdue", Comparator.comparing((Row r) -> r.overdueActions() == null ? -1 : r.overdueActions())
                    .reversed().thenComparing(Row::name),
            "turnover", Comparator.comparing((Row r) -> r.turnoverRate() == null ? -1 : r.turnoverRate())
                    .reversed().thenComparing(Row::name));

    private final ServiceCalls upstream;
    private final ObjectMapper json;
    private final LocalAuthorityRegister register;

    public Portfolio(ServiceCalls upstream, ObjectMapper json, LocalAuthorityRegister register) {
        this.upstream = upstream;
        this.json = json;
        this.register = register;
    }

    /** The order asked for if it is one of {@link #ORDERS}, else the most overdue first (absent, unknown, hostile). */
    static String sortKey(String asked) {
        return asked != null && ORDERS.containsKey(asked) ? asked : "overdue";
    }

    /** Every council the viewer oversees, sorted by {@code sort} (see {@link #sortKey}). */
    public List<Row> rows(Viewer viewer, String sort) {
        List<Row> rows = new ArrayList<>();
        for (String laCode : new TreeSet<>(viewer.councils())) {
            rows.add(row(viewer, laCode));
        }
        rows.sort(ORDERS.get(sortKey(sort)));
        return rows;
    }

    private Row row(Viewer viewer, String laCode) {
        List<String> unavailable = new ArrayList<>();
        JsonNode timeline = part(viewer, "inspection", "/api/local-authorities/" + laCode + "/timeline", unavailable);
        JsonNode plans = part(viewer, "action-plan", "/api/plans?laCode=" + laCode, unavailable);
        JsonNode plan = plans != null && plans.isArray() && !plans.isEmpty() ? plans.get(0) : null;
        JsonNode coverage = plan == null ? null
                : part(viewer, "action-plan", "/api/plans/" + plan.path("id").asText() + "/coverage", unavailable);
        ServiceCalls.Answer overdue = upstream.get("action-plan", "/api/actions?laCode=" + laCode
                + "&overdue=true&size=1", viewer.bearer());
        Integer overdueActions = overdue.status() == 200
                ? overdue.totalCount().map(Integer::valueOf).orElse(null) : null;
        if (overdue.status() != 200) {
            unavailable.add("action-plan");
        }
        List<String> interventions = new ArrayList<>();
        String nextReview = null;
        if (timeline != null) {
            for (JsonNode intervention : timeline.path("interventionsInForce")) {
                interventions.add(DashboardData.words(intervention.path("type").asText()) + " since "
                        + intervention.path("startDate").asText());
                String due = intervention.path("nextReviewDue").asText(null);
                if (due != null && (nextReview == null || due.compareTo(nextReview) < 0)) {
                    nextReview = due;
                }
            }
        }
        Double[] rates = new Double[RATES.size() * 2];
        Integer year = null;
        for (int i = 0; i < RATES.size(); i++) {
            JsonNode comparison = part(viewer, "workforce", "/api/benchmarks?laCode=" + laCode + "&measure="
                    + RATES.get(i), unavailable);
            Optional<JsonNode> latest = latestYear(comparison);
            if (latest.isPresent()) {
                year = year == null ? latest.get().path("year").asInt() : year;
                rates[2 * i] = number(latest.get().path("council").path("value"));
                rates[2 * i + 1] = number(latest.get().path("england").path("value"));
            }
        }
        String grade = timeline == null ? null : timeline.path("currentOverallGrade").isTextual()
                ? DashboardData.words(timeline.path("currentOverallGrade").asText())
                : timeline.path("currentGrading").asText(null);
        return new Row(laCode, register.nameOf(laCode), grade,
                timeline == null ? null : timeline.path("currentGradePublished").asText(null),
                timeline == null ? null : interventions.isEmpty() ? "None" : String.join("; ", interventions),
                nextReview, plan == null ? null : plan.path("title").asText(),
                plan == null ? null : DashboardData.words(plan.path("status").asText()),
                coverage == null ? null : coverage.path("findings").asInt(),
                coverage == null ? null : coverage.path("covered").asInt(), overdueActions, year, rates[0], rates[1],
                rates[2], rates[3], rates[4], rates[5], unavailable.stream().distinct().toList());
    }

    /** The latest DfE year in which the council has a figure. */
    private static Optional<JsonNode> latestYear(JsonNode comparison) {
        JsonNode latest = null;
        if (comparison != null) {
            for (JsonNode year : comparison.path("years")) {
                if (year.path("council").path("value").isNumber()
                        && (latest == null || year.path("year").asInt() > latest.path("year").asInt())) {
                    latest = year;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** One call; null (and the service named) when it did not answer 200. */
    private JsonNode part(Viewer viewer, String service, String path, List<String> unavailable) {
        ServiceCalls.Answer answer = upstream.get(service, path, viewer.bearer());
        if (answer.status() != 200) {
            unavailable.add(service);
            return null;
        }
        return answer.json(json);
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.doubleValue() : null;
    }

    /** Worse judgements rank higher, so "grade" puts the councils most in need first. */
    private static int gradeRank(Row row) {
        if (row.grade() == null) {
            return 0;
        }
        return switch (row.grade().toUpperCase(Locale.ROOT).replace(' ', '_')) {
            case "INADEQUATE" -> 4;
            case "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT_TO_BE_GOOD" -> 3;
            case "GOOD" -> 2;
            case "OUTSTANDING" -> 1;
            default -> 0;
        };
    }
}
