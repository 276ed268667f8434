package org.csip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.csip.local.demo.GatewayClient;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;

/**
 * Scenario 4: whether a partner's pages stay as fast when the database holds the whole country. The demo's
 * {@code police.lead} (Merseyside Police, covering 5 councils) reads the partner summary, the dashboard's landing page
 * and the action list, first with the scale data of only those 5 councils loaded, then again once the other 148
 * councils' are too (same stack, same run, same client); the 95th percentiles' ratio is the result. The plans
 * PostgreSQL chose for each page's statements on the national data set are logged and shown.
 */
final class PartnerPages {
    /** The goal: each page's p95 on the national data set at most 1.5 times its p95 on the force's 5 councils. */
    static final double GOAL = 1.5;
    static final String FORCE = "merseyside-police";
    static final String USER = "police.lead";
    static final long SEED = 24;
    /** Rows one step may read and discard before the page's statement is said to read the country to find its own. */
    static final long WASTEFUL = 1_000;

    /** A page a partner reads: its name and how it is read. */
    record Page(String name, String path, boolean dashboard) {
    }

    static final List<Page> PAGES = List.of(
            new Page("partner summary", "/partners/police/summary", false),
            new Page("dashboard landing page", "/", true),
            new Page("action list", "/partners/police/actions", false));

    /**
     * How long each page is read, at what rate: first every page for {@code firstWarmUpSeconds} (the JVMs are cold
     * after the other scenarios' load: a first run measured the first data set on half-warm services and found the
     * national one faster), then before each measured run {@code warmUpSeconds}. {@code otherCouncils} caps the
     * councils added for the national data set (0: all of them; the smoke run adds a few so it takes seconds).
     */
    record Plan(int firstWarmUpSeconds, int warmUpSeconds, int rate, int seconds, int otherCouncils) {
        static final Plan FULL = new Plan(45, 10, 5, 30, 0);
        static final Plan SMOKE = new Plan(0, 0, 2, 2, 8);
    }

    /** One page's latencies on each data set. */
    record Measured(Page page, OpenLoop.Latencies force, OpenLoop.Latencies national) {
        double p95Ratio() {
            return national.percentile(95) / force.percentile(95);
        }
    }

    /** What a run measured: the two loads, each page's pair, each page's plans and the boundary's answers. */
    record Result(int registerCouncils, List<String> forceCouncils, ScaleData.Loaded forceLoad,
                  ScaleData.Loaded nationalLoad, List<Measured> pages, Map<String, List<QueryPlans.Plan>> plans,
                  String otherForcesCouncil, List<Boundary> boundary, Plan plan) {
    }

    /**
     * One try at the tenancy boundary on the national data set: what was asked, what it must answer, what it did, and
     * for a list how many of its items belong to a council the force does not cover (which must be none).
     */
    record Boundary(String ask, int expected, int status, int items, long othersItems) {
        boolean held() {
            return status == expected && othersItems == 0;
        }
    }

    private PartnerPages() {
    }

    static Result run(LocalStack stack, Plan plan) {
        int port = stack.config().postgresPort();
        ScaleData data = new ScaleData("localhost", port, PostgresLauncher.USER, PostgresLauncher.PASSWORD, SEED);
        List<ScaleData.Council> register = data.register();
        ScaleData.Coverage coverage = ScaleData.coverage(register, ScaleData.realm());
        List<String> force = coverage.forces().get(FORCE);
        ScaleData.Loaded forceLoad = data.load(force, coverage);
        if (plan.firstWarmUpSeconds() > 0) {
            for (Page page : PAGES) {
                Reader reader = reader(stack, page);
                OpenLoop.run("warm-up", reader.http(), reader.request(), plan.rate(), plan.firstWarmUpSeconds());
            }
        }
        Map<Page, OpenLoop.Latencies> onForce = measure(stack, plan, "5 councils");
        List<String> others = register.stream().map(ScaleData.Council::laCode).filter(c -> !force.contains(c))
                .limit(plan.otherCouncils() > 0 ? plan.otherCouncils() : Long.MAX_VALUE).toList();
        ScaleData.Loaded nationalLoad = data.load(others, coverage);
        Map<Page, OpenLoop.Latencies> onNational = measure(stack, plan, "national");
        List<Measured> pages = PAGES.stream().map(page -> new Measured(page, onForce.get(page), onNational.get(page)))
                .toList();
        String elsewhere = others.get(0); // a council of another force, its data loaded
        return new Result(register.size(), force, forceLoad, nationalLoad, pages, plans(stack), elsewhere,
                boundary(stack, force, elsewhere), plan);
    }

    private static Map<Page, OpenLoop.Latencies> measure(LocalStack stack, Plan plan, String dataSet) {
        Map<Page, OpenLoop.Latencies> measured = new LinkedHashMap<>();
        for (Page page : PAGES) {
            Reader reader = reader(stack, page); // signed in afresh for each page: a token lives 5 minutes
            if (plan.warmUpSeconds() > 0) {
                OpenLoop.run("warm-up", reader.http(), reader.request(), plan.rate(), plan.warmUpSeconds());
            }
            OpenLoop.Latencies latencies = OpenLoop.run(page.name() + ", " + dataSet, reader.http(), reader.request(),
                    plan.rate(), plan.seconds());
            System.out.printf(Locale.UK, "Partner pages: %s on %s: p50 %.1f ms, p95 %.1f ms, %d failed%n", page.name(),
                    dataSet, latencies.percentile(50), latencies.percentile(95), latencies.failed());
            measured.put(page, latencies);
        }
        return measured;
    }

    /** How one page is read: a bearer token for the partner endpoints, a dashboard session for the page. */
    private record Reader(HttpClient http, HttpRequest request) {
        boolean readOnce() {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static Reader reader(LocalStack stack, Page page) {
        String gateway = stack.gatewayUrl();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + page.path()))
                .timeout(Duration.ofSeconds(30)).GET();
        if (page.dashboard()) {
            return new Reader(DashboardSession.signIn(gateway, USER, "demo"), request.header("Accept", "text/html")
                    .build());
        }
        String token = GatewayClient.signIn(gateway, stack.issuer(), USER).token();
        return new Reader(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build(),
                request.header("Authorization", "Bearer " + token).build());
    }

    /**
     * The force's reads on the national data set, as a hostile partner would try them: every action it may list
     * (the largest page) and the summary's, each checked for another council's; another force's council asked for
     * by its code, by another spelling of the parameter, and with a NUL byte (as is one of its own).
     */
    static List<Boundary> boundary(LocalStack stack, List<String> force, String elsewhere) {
        GatewayClient police = GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), USER);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Boundary> tries = new ArrayList<>();
        tries.add(ask(http, stack, police, "/partners/police/actions?size=500", 200, force, "/"));
        tries.add(ask(http, stack, police, "/partners/police/summary", 200, force, "/actions/needingAttention"));
        tries.add(ask(http, stack, police, "/api/actions?size=500", 200, force, "/"));
        tries.add(ask(http, stack, police, "/partners/police/actions?laCode=" + elsewhere, 403, force, "/"));
        tries.add(ask(http, stack, police, "/api/actions?laCode=" + elsewhere, 403, force, "/"));
        tries.add(ask(http, stack, police, "/api/local-authorities/" + elsewhere + "/timeline", 403, force, "/"));
        tries.add(ask(http, stack, police, "/partners/police/actions?LACODE=" + elsewhere, 400, force, "/"));
        // A control character in a council code is refused as such (400 naming laCode), never stripped into a code:
        // not another force's council, nor one of the force's own (which String.trim() once read as 200).
        tries.add(ask(http, stack, police, "/partners/police/actions?laCode=" + elsewhere + "%00", 400, force, "/"));
        tries.add(ask(http, stack, police, "/partners/police/summary?laCode=" + force.get(0) + "%00", 400, force,
                "/actions/needingAttention"));
        return tries;
    }

    private static Boundary ask(HttpClient http, LocalStack stack, GatewayClient police, String path, int expected,
                                List<String> force, String listAt) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + police.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            int items = 0;
            long others = 0;
            if (answer.statusCode() == 200) {
                JsonNode list = new ObjectMapper()
                        .readTree(answer.body()).at(listAt.equals("/") ? "" : listAt);
                for (JsonNode item : list) {
                    items++;
                    if (!force.contains(item.path("laCode").asText())) {
                        others++;
                    }
                }
            }
            return new Boundary("GET " + path, expected, answer.statusCode(), items, others);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " was not answered", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<QueryPlans.Plan>> plans(LocalStack stack) {
        Map<String, BooleanSupplier> calls = new LinkedHashMap<>();
        for (Page page : PAGES) {
            Reader reader = reader(stack, page);
            calls.put(page.name(), reader::readOnce);
        }
        return QueryPlans.capture(stack.config().postgresPort(), stack.postgres().logFile(), calls);
    }

    static String markdown(Result result) {
        StringBuilder md = new StringBuilder(String.format(Locale.UK, """
                `%s` (Merseyside Police: councils %s) reads each page at %d a second for %d s (after %d s of \
                warm-up, and %d s of each page before the first), first with the scale data of those %d councils only, then with %d more councils' loaded \
                (seed %d).

                ![95th percentile of each page, on the force's councils and on the national data set](performance/partner-pages.svg)

                | data set | councils | inspections | findings | actions | progress reports | audited changes | staff | loaded in |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|
                """, USER, String.join(", ", result.forceCouncils()), result.plan().rate(), result.plan().seconds(),
                result.plan().warmUpSeconds(), result.plan().firstWarmUpSeconds(), result.forceCouncils().size(), result.nationalLoad().councils(), SEED));
        md.append(loadRow("the force's councils", result.forceCouncils().size(), result.forceLoad()));
        md.append(loadRow("national", result.forceCouncils().size() + result.nationalLoad().councils(),
                result.nationalLoad()));
        md.append("""

                (The rows in the databases after each load, the demo story's and the benchmark's other scenarios' \
                included.)

                | page | data set | requests | failed | p50 ms | p95 ms | p99 ms |
                |---|---|---:|---:|---:|---:|---:|
                """);
        for (Measured page : result.pages()) {
            for (OpenLoop.Latencies run : List.of(page.force(), page.national())) {
                md.append(String.format(Locale.UK, "| %s | %s | %d | %d | %.1f | %.1f | %.1f |%n", page.page().name(),
                        run == page.force() ? "5 councils" : "national", run.requests(), run.failed(),
                        run.percentile(50), run.percentile(95), run.percentile(99)));
            }
        }
        md.append(String.format(Locale.UK, "%n| page | p95 ratio (national ÷ 5 councils) | goal | met |%n"
                + "|---|---:|---:|---|%n"));
        for (Measured page : result.pages()) {
            md.append(String.format(Locale.UK, "| %s | %.2f | ≤ %.1f | %s |%n", page.page().name(), page.p95Ratio(),
                    GOAL, page.p95Ratio() <= GOAL ? "yes" : "no"));
        }
        md.append(String.format(Locale.UK, """

                The tenancy boundary on the national data set, tried as a hostile partner would (`%s`'s token; \
                council %s is another force's, its data loaded):

                | ask | must answer | answered | items | of another council | held |
                |---|---:|---:|---:|---:|---|
                """, USER, result.otherForcesCouncil()));
        for (Boundary tried : result.boundary()) {
            md.append(String.format(Locale.UK, "| `%s` | %d | %d | %d | %d | %s |%n", tried.ask(), tried.expected(),
                    tried.status(), tried.items(), tried.othersItems(), tried.held() ? "yes" : "**no**"));
        }
        md.append("""

                The plans PostgreSQL chose on the national data set for each page's statements (`auto_explain`, \
                with the rows each step really read), statements the services run on their own schedule left out:

                | page | statements | their time, ms | most rows one step read and discarded | statements discarding over 1,000 |
                |---|---:|---:|---:|---:|
                """);
        for (Map.Entry<String, List<QueryPlans.Plan>> page : result.plans().entrySet()) {
            List<QueryPlans.Plan> plans = page.getValue();
            md.append(String.format(Locale.UK, "| %s | %d | %.1f | %d | %d |%n", page.getKey(), plans.size(),
                    plans.stream().mapToDouble(QueryPlans.Plan::millis).sum(),
                    plans.stream().mapToLong(QueryPlans.Plan::mostRowsDiscarded).max().orElse(0),
                    plans.stream().filter(plan -> plan.mostRowsDiscarded() > WASTEFUL).count()));
        }
        for (Map.Entry<String, List<QueryPlans.Plan>> page : result.plans().entrySet()) {
            md.append("\n<details><summary>Plans of the ").append(page.getKey()).append("</summary>\n\n```text\n");
            for (QueryPlans.Plan plan : distinct(page.getValue())) {
                String query = plan.query().length() > 400 ? plan.query().substring(0, 400) + " …" : plan.query();
                md.append(String.format(Locale.UK, "-- %.3f ms: %s%n", plan.millis(), query));
                plan.lines().stream().limit(20).forEach(line -> md.append(line).append('\n'));
                md.append('\n');
            }
            md.append("```\n\n</details>\n");
        }
        return md.toString();
    }

    /** Each statement once (a page's statement may run once per council or per item): its slowest run. */
    private static List<QueryPlans.Plan> distinct(List<QueryPlans.Plan> plans) {
        Map<String, QueryPlans.Plan> slowest = new LinkedHashMap<>();
        for (QueryPlans.Plan plan : plans) {
            slowest.merge(plan.query(), plan, (a, b) -> a.millis() >= b.millis() ? a : b);
        }
        return new ArrayList<>(slowest.values());
    }

    private static String loadRow(String name, int councils, ScaleData.Loaded load) {
        Map<String, Long> rows = load.rows();
        return String.format(Locale.UK, "| %s | %d | %d | %d | %d | %d | %d | %d | %.1f s |%n", name, councils,
                rows.get("inspections"), rows.get("findings"), rows.get("actions"), rows.get("progress reports"),
                rows.get("audited changes"), rows.get("staff"), load.seconds());
    }

    static Map<String, String> charts(Result result) {
        return Map.of("partner-pages", Chart.pairs("Partner pages, 95th percentile", "ms", "the force's 5 councils",
                "national data set", result.pages().stream().map(page -> new Chart.Row(page.page().name(),
                        page.force().percentile(95), page.national().percentile(95))).toList()));
    }
}
