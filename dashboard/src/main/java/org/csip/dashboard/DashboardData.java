package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.csip.common.problem.ProblemException;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.security.Agency;
import org.csip.dashboard.Sections.ActionRow;
import org.csip.dashboard.Sections.Chart;

/**
 * Reads what the dashboard shows from the three services, as the signed-in person (their token is relayed, so each
 * service applies its own rights again), and shapes it for the page: lists, counts and charts with their tables.
 */
@ApplicationScoped
public class DashboardData {
    /** The four-point scale the chart's axis shows, best first (frameworks.json in inspection-service holds it). */
    static final List<String> GRADES = List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");
    private static final Map<String, String> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("turnover_rate", "turnoverRate");
        MEASURES.put("vacancy_rate", "vacancyRate");
        MEASURES.put("agency_rate", "agencyRate");
        MEASURES.put("caseload", "caseload");
    }

    private final ServiceCalls upstream;
    private final ObjectMapper json;
    private final LocalAuthorityRegister register;

    public DashboardData(ServiceCalls upstream, ObjectMapper json, LocalAuthorityRegister register) {
        this.upstream = upstream;
        this.json = json;
        this.register = register;
    }

    /** The council's current plan (the newest), if it has one. */
    Optional<JsonNode> plan(Viewer viewer) {
        JsonNode plans = get("action-plan", "/api/plans?laCode=" + viewer.viewing(), viewer);
        return plans.isArray() && !plans.isEmpty() ? Optional.of(plans.get(0)) : Optional.empty();
    }

    /** The open actions the viewer follows in the council's plan (read once per page with {@link #plan}). */
    Sections.MyActions myActions(Viewer viewer, Optional<JsonNode> plan) {
        if (plan.isEmpty()) {
            return new Sections.MyActions(scope(viewer), List.of(), 0, 0, 0, 0, null);
        }
        String planId = plan.get().path("id").asText();
        List<JsonNode> actions = followed(viewer, planId);
        List<JsonNode> open = actions.stream().filter(ActionUrgency::open).sorted(ActionUrgency.ORDER).toList();
        // One call for every row's last report, however many actions are open (not one /updates call per action).
        Map<String, String> lastReported = new HashMap<>();
        for (JsonNode report : list(get("action-plan", "/api/plans/" + planId + "/last-reports", viewer))) {
            lastReported.put(report.path("actionId").asText(), report.path("reportedOn").asText(null));
        }
        List<ActionRow> rows = open.stream().map(action -> row(action, viewer, lastReported)).toList();
        return new Sections.MyActions(scope(viewer), rows, open.size(),
                (int) open.stream().filter(a -> a.path("overdue").asBoolean()).count(),
                (int) open.stream().filter(ActionUrgency::atRisk).count(),
                (int) actions.stream().filter(a -> "COMPLETED".equals(a.path("status").asText())).count(), planId);
    }

    /** The plan's actions the viewer follows: every agency's for the council and overseers, else their own. */
    List<JsonNode> followed(Viewer viewer, String planId) {
        String filter = viewer.seesAllAgencies() ? "" : "&leadAgency=" + viewer.agency().orElseThrow().name();
        return list(get("action-plan", "/api/actions?size=500&planId=" + planId + filter, viewer));
    }

    /**
     * For a person covering several councils: the actions they follow in each (a partner its own agency's, an
     * overseer every agency's), counted council by council — open, overdue, at risk, completed — worst first; one
     * call for all of them.
     */
    List<Sections.CouncilRow> acrossCouncils(Viewer viewer) {
        if (!viewer.acrossCouncils()) {
            return List.of();
        }
        String filter = viewer.seesAllAgencies() ? "" : "&leadAgency=" + viewer.agency().orElseThrow().name();
        List<JsonNode> actions = list(get("action-plan", "/api/actions?size=500" + filter, viewer));
        List<Sections.CouncilRow> rows = new ArrayList<>();
        for (String council : new java.util.TreeSet<>(viewer.councils())) {
            List<JsonNode> of = actions.stream().filter(a -> council.equals(a.path("laCode").asText())).toList();
            List<JsonNode> open = of.stream().filter(ActionUrgency::open).toList();
            rows.add(new Sections.CouncilRow(council, register.nameOf(council), open.size(),
                    (int) open.stream().filter(a -> a.path("overdue").asBoolean()).count(),
                    (int) open.stream().filter(ActionUrgency::atRisk).count(), count(of, "status", "COMPLETED"),
                    council.equals(viewer.viewing())));
        }
        rows.sort(java.util.Comparator.comparingInt(Sections.CouncilRow::overdue).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Sections.CouncilRow::atRisk).reversed())
                .thenComparing(Sections.CouncilRow::name));
        return rows;
    }

    /** One action, as this viewer may see it (the service refuses what they may not). */
    JsonNode action(Viewer viewer, String actionId) {
        return get("action-plan", "/api/actions/" + actionId, viewer);
    }

    private ActionRow row(JsonNode action, Viewer viewer, Map<String, String> lastReported) {
        String lastUpdate = lastReported.get(action.path("id").asText());
        return new ActionRow(action.path("id").asText(), action.path("title").asText(),
                words(action.path("leadAgency").asText()), action.path("owner").asText(), action.path("dueDate").asText(),
                action.path("status").asText(), action.path("rag").asText(null), action.path("overdue").asBoolean(),
                lastUpdate, Agency.fromAlias(action.path("leadAgency").asText()).map(viewer::mayReportOn).orElse(false));
    }

    Sections.PlanProgress planProgress(Viewer viewer, Optional<JsonNode> found) {
        if (found.isEmpty()) {
            return null;
        }
        JsonNode plan = found.get();
        String planId = plan.path("id").asText();
        List<JsonNode> actions = list(get("action-plan", "/api/actions?size=500&planId=" + planId, viewer));
        List<Sections.ThemeRow> themes = new ArrayList<>();
        for (JsonNode theme : plan.path("themes")) {
            List<JsonNode> of = actions.stream().filter(a -> a.path("themeId").asText().equals(theme.path("id").asText()))
                    .toList();
            themes.add(new Sections.ThemeRow(theme.path("title").asText(), count(of, "status", "NOT_STARTED"),
                    count(of, "status", "IN_PROGRESS"), count(of, "status", "COMPLETED"), count(of, "status", "CANCELLED"),
                    count(of, "rag", "RED"), count(of, "rag", "AMBER"), count(of, "rag", "GREEN")));
        }
        JsonNode coverage = get("action-plan", "/api/plans/" + planId + "/coverage", viewer);
        ObjectNode chart = chart("bar", themes.stream().map(Sections.ThemeRow::title).toList());
        chart.put("stacked", true);
        // Status colours that never read as RAG: grey, blue, green (GOV.UK palette).
        series(chart, "Not started", themes.stream().map(t -> (Number) t.notStarted()).toList()).put("colour", "#505a5f");
        series(chart, "In progress", themes.stream().map(t -> (Number) t.inProgress()).toList()).put("colour", "#1d70b8");
        series(chart, "Completed", themes.stream().map(t -> (Number) t.completed()).toList()).put("colour", "#00703c");
        List<List<String>> rows = themes.stream().map(t -> List.of(t.title(), "" + t.notStarted(), "" + t.inProgress(),
                "" + t.completed(), "" + t.red(), "" + t.amber(), "" + t.green())).toList();
        List<Sections.AddresseeRow> byAddressee = list(coverage.path("byAddressee")).stream()
                .map(a -> new Sections.AddresseeRow(a.path("addressee").asText(),
                        capitalised(addressee(a.path("addressee").asText())), a.path("findings").asInt(),
                        a.path("covered").asInt(), a.path("uncoveredPriorityActions").asInt())).toList();
        return new Sections.PlanProgress(planId, plan.path("title").asText(), words(plan.path("status").asText()).toLowerCase(java.util.Locale.ROOT), themes,
                coverage.path("findings").asInt(), coverage.path("covered").asInt(), byAddressee,
                new Chart("plan-chart", "Actions by theme and status", text(chart),
                        List.of("Theme", "Not started", "In progress", "Completed", "Red", "Amber", "Green"), rows));
    }

    /**
     * The findings addressed to the viewer's agency or to the partnership, in the council shown, unanswered first;
     * none for an overseer, who belongs to no agency (the plan's coverage by addressee shows them every part).
     */
    Sections.Findings findings(Viewer viewer) {
        if (viewer.agency().isEmpty()) {
            return null;
        }
        String agency = viewer.agency().get().name();
        List<Sections.FindingRow> rows = new ArrayList<>();
        for (JsonNode finding : list(get("action-plan", "/api/findings?laCode=" + viewer.viewing() + "&addressedTo="
                + agency + ",PARTNERSHIP", viewer))) {
            List<String> answeredBy = list(finding.path("actions")).stream()
                    .map(a -> a.path("title").asText() + " (" + words(a.path("leadAgency").asText()) + ")").toList();
            rows.add(new Sections.FindingRow(words(finding.path("inspectionType").asText()),
                    words(finding.path("kind").asText()), finding.path("text").asText(),
                    String.join(", ", list(finding.path("addressedTo")).stream()
                            .map(a -> addressee(a.asText())).toList()),
                    finding.path("covered").asBoolean(), answeredBy));
        }
        rows.sort(java.util.Comparator.comparing(Sections.FindingRow::answered));
        return new Sections.Findings(addressee(agency) + " or the partnership", rows,
                (int) rows.stream().filter(r -> !r.answered()).count());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The council's open deadlines (owed, or an inspectorate's date awaited), soonest first, with the days left in
     * words: "in 12 days (6 working days)", "3 days ago".
     */
    Sections.Deadlines deadlines(Viewer viewer) {
        List<Sections.DeadlineRow> rows = new ArrayList<>();
        int older = 0;
        for (JsonNode deadline : list(get("action-plan", "/api/deadlines?open=true&laCode=" + viewer.viewing(), viewer))) {
            String status = deadline.path("status").asText();
            // A date passed more than a year ago with nothing recorded is history entered after the fact, not news:
            // counted in a sentence, not listed among what is due.
            if (deadline.path("daysLeft").isNumber() && deadline.path("daysLeft").asLong() < -365) {
                older++;
                continue;
            }
            rows.add(new Sections.DeadlineRow(deadline.path("title").asText(), owner(deadline.path("owner").asText()),
                    deadline.path("dueDate").asText(null), when(deadline), switch (status) {
                        case "DUE" -> "Due";
                        case "MISSED" -> "Missed";
                        case "EXPECTED" -> "Expected";
                        case "PAST_EXPECTED" -> "Expected, not yet recorded";
                        case "DATE_NOT_RECORDED" -> "Date not recorded";
                        default -> words(status);
                    }, "MISSED".equals(status), deadline.path("basis").asText()));
        }
        return new Sections.Deadlines(rows, older);
    }

    private static String when(JsonNode deadline) {
        if (!deadline.path("daysLeft").isNumber()) {
            return "";
        }
        long days = deadline.path("daysLeft").asLong();
        JsonNode working = deadline.path("workingDaysLeft");
        String workingWords = working.isNumber() ? " (" + Math.abs(working.asInt()) + " working day"
                + (Math.abs(working.asInt()) == 1 ? "" : "s") + ")" : "";
        if (days == 0) {
            return "today";
        }
        return days > 0 ? "in " + days + " day" + (days == 1 ? "" : "s") + workingWords
                : -days + " day" + (days == -1 ? "" : "s") + " ago" + workingWords;
    }

    private static String owner(String code) {
        return switch (code) {
            case "DFE_ADVISER" -> "DfE improvement adviser";
            case "OFSTED" -> "Ofsted";
            default -> capitalised(addressee(code));
        };
    }

    /** An addressee as the page says it. */
    static String addressee(String code) {
        return switch (code) {
            case "COUNCIL" -> "the council";
            case "POLICE" -> "the police";
            case "HEALTH" -> "health";
            case "PARTNERSHIP" -> "the partnership";
            default -> words(code);
        };
    }

    Sections.Timeline timeline(Viewer viewer) {
        return TimelineSection.of(get("inspection", "/api/local-authorities/" + viewer.viewing() + "/timeline", viewer));
    }


    Sections.Workforce workforce(Viewer viewer) {
        List<Chart> charts = new ArrayList<>();
        if (viewer.agency().isPresent()) {
            Agency agency = viewer.agency().get();
            List<JsonNode> months = list(get("workforce", "/api/metrics/history?months=24&agency=" + agency.alias()
                    + "&laCode=" + viewer.viewing(), viewer));
            List<String> labels = months.stream().map(m -> m.path("asOf").asText()).toList();
            ObjectNode rates = chart("line", labels);
            rates.put("unit", "%");
            ObjectNode caseload = chart("line", labels);
            List<List<String>> rows = new ArrayList<>();
            series(rates, "Turnover", months.stream().map(m -> number(m.path("turnoverRate"))).toList());
            series(rates, "Vacancy", months.stream().map(m -> number(m.path("vacancyRate"))).toList());
            series(rates, "Agency workers", months.stream().map(m -> number(m.path("agencyRate"))).toList());
            series(caseload, "Cases per case-holding FTE", months.stream().map(m -> number(m.path("caseload"))).toList());
            for (JsonNode m : months) {
                rows.add(List.of(m.path("asOf").asText(), show(m.path("turnoverRate")), show(m.path("vacancyRate")),
                        show(m.path("agencyRate")), show(m.path("caseload"))));
            }
            List<String> columns = List.of("Month end", "Turnover %", "Vacancy %", "Agency %", "Caseload");
            // A chart with nothing to draw is left out (an agency that records no caseloads has no caseload chart).
            if (months.stream().anyMatch(m -> m.path("turnoverRate").isNumber() || m.path("vacancyRate").isNumber()
                    || m.path("agencyRate").isNumber())) {
                charts.add(new Chart("workforce-rates", "Turnover, vacancy and agency rates, month by month",
                        text(rates), columns, rows));
            }
            if (months.stream().anyMatch(m -> m.path("caseload").isNumber())) {
                charts.add(new Chart("workforce-caseload", "Average caseload, month by month", text(caseload),
                        columns, rows));
            }
        }
        if (viewer.agency().isEmpty() || viewer.council()) {
            for (String measure : MEASURES.keySet()) {
                charts.add(benchmark(viewer, measure));
            }
        }
        return new Sections.Workforce(viewer.agencyLabel(), charts);
    }

    /** The council's DfE figure year by year beside England, its region and its statistical neighbours. */
    private Chart benchmark(Viewer viewer, String measure) {
        JsonNode comparison = get("workforce", "/api/benchmarks?laCode=" + viewer.viewing() + "&measure=" + measure,
                viewer);
        List<JsonNode> years = list(comparison.path("years"));
        ObjectNode chart = chart("line", years.stream().map(y -> y.path("year").asText()).toList());
        chart.put("unit", comparison.path("unit").asText(""));
        String council = comparison.path("laName").asText("Council");
        series(chart, council, years.stream().map(y -> number(y.path("council").path("value"))).toList());
        series(chart, "England", years.stream().map(y -> number(y.path("england").path("value"))).toList());
        series(chart, comparison.path("regionName").asText("Region"),
                years.stream().map(y -> number(y.path("region").path("value"))).toList());
        series(chart, "Statistical neighbours (mean)",
                years.stream().map(y -> number(y.path("neighbours").path("mean"))).toList());
        List<List<String>> rows = years.stream().map(y -> List.of(y.path("year").asText(),
                show(y.path("council").path("value")), show(y.path("england").path("value")),
                show(y.path("region").path("value")), show(y.path("neighbours").path("mean")))).toList();
        return new Chart("benchmark-" + measure.replace('_', '-'), comparison.path("label").asText(measure)
                + " — DfE, year by year", text(chart),
                List.of("Year", council, "England", comparison.path("regionName").asText("Region"), "Neighbours (mean)"),
                rows);
    }

    // -- helpers ------------------------------------------------------------------------------------------------

    private JsonNode get(String service, String path, Viewer viewer) {
        ServiceCalls.Answer answer = upstream.get(service, path, viewer.bearer());
        if (answer.status() == 403) {
            throw ProblemException.forbidden("The " + service + " service refused this for your account");
        }
        if (answer.status() == 404) {
            throw ProblemException.notFound("Not found: " + path);
        }
        if (answer.status() != 200) {
            throw new SectionUnavailable(service);
        }
        return answer.json(json);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static int count(List<JsonNode> actions, String field, String value) {
        return (int) actions.stream().filter(a -> value.equals(a.path(field).asText())).count();
    }

    static ObjectNode chart(String type, List<String> labels) {
        ObjectNode chart = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        chart.put("type", type);
        ArrayNode array = chart.putArray("labels");
        labels.forEach(array::add);
        chart.putArray("series");
        return chart;
    }

    static ObjectNode series(ObjectNode chart, String label, List<Number> values) {
        ObjectNode series = ((ArrayNode) chart.get("series")).addObject();
        series.put("label", label);
        ArrayNode data = series.putArray("data");
        values.forEach(value -> {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value.doubleValue());
            }
        });
        return series;
    }

    /** JSON to sit inside a {@code <script>} element: "</" never ends it early. */
    static String text(ObjectNode node) {
        return node.toString().replace("</", "<\\/");
    }

    private static Number number(JsonNode value) {
        return value.isNumber() ? value.numberValue() : null;
    }

    private static String show(JsonNode value) {
        return value.isNumber() ? value.asText() : "—";
    }

    /** {@code REQUIRES_IMPROVEMENT} → "Requires improvement". */
    static String words(String constant) {
        if (constant == null || constant.isEmpty()) {
            return constant;
        }
        String lower = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String scope(Viewer viewer) {
        return viewer.seesAllAgencies() ? "every agency" : viewer.agencyLabel().toLowerCase(java.util.Locale.ROOT);
    }

    /** A service that did not answer: its section says so, the rest of the page still shows. */
    static final class SectionUnavailable extends RuntimeException {
        SectionUnavailable(String service) {
            super("The " + service + " service is not answering");
        }
    }
}
