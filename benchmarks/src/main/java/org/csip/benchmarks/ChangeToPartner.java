package org.csip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.csip.local.demo.GatewayClient;

/**
 * Scenario 2: how soon a change reaches a partner's live feed. The council's director reports progress on
 * police-led actions of St Helens' plan through the gateway, at a fixed rate; the police's dashboard is connected to
 * {@code /partners/police/events}; each change is timed from its 2xx (as the writer's client gets it) to its event's
 * arrival on the feed. Beside it, in the same run at the same rate, the floor ({@link ChangeFloor}): a raw PostgreSQL
 * commit plus a raw Kafka produce→consume on the same servers. A change that never reaches the feed within 30 s is
 * counted as lost; one whose event arrives before its 2xx does (the feed can beat the answer back through the
 * gateway) counts as 0 ms.
 */
public final class ChangeToPartner {
    /** The goal (issue 24): at 50 writes a second, the 99th percentile at most five times the floor's. */
    static final double GOAL = 5.0;
    static final int GOAL_RATE = 50;
    /** The second goal's bound: the highest rate whose 99th percentile stays under a second is reported. */
    static final double SECOND = 1000.0;
    /** Police-led actions the writes are spread over (each write locks its action's row). */
    static final int ACTIONS = 8;
    private static final Duration FEED_WAIT = Duration.ofSeconds(30);

    /** The rates and how long each runs, after a warm-up (writes and floor) that is not counted. */
    public record Plan(int warmUpRate, int warmUpSeconds, List<Integer> rates, int seconds) {
        public static final Plan FULL = new Plan(50, 20, List.of(10, 50, 100, 200), 15);
        public static final Plan SMOKE = new Plan(0, 0, List.of(10), 2);
    }

    /**
     * One rate's run: the changes' 2xx→feed latencies, their writes' own latencies (from when each was due to its
     * 2xx), the floor's total and its two parts, and how many changes were lost or beat their 2xx.
     */
    public record Step(int rate, int seconds, OpenLoop.Latencies toFeed, OpenLoop.Latencies writes, int lost,
                       int early, OpenLoop.Latencies floor, OpenLoop.Latencies floorCommit,
                       OpenLoop.Latencies floorCarry) {
        String load() {
            return rate + " writes/s, " + seconds + " s";
        }

        double p99Ratio() {
            return toFeed.percentile(99) / floor.percentile(99);
        }

        double medianRatio() {
            return toFeed.percentile(50) / floor.percentile(50);
        }

        /** Every change arrived, under a second at the 99th percentile, and the writes themselves kept up too. */
        boolean underASecond() {
            return lost == 0 && toFeed.failed() == 0 && writes.failed() == 0 && toFeed.percentile(99) < SECOND
                    && writes.percentile(99) < SECOND;
        }
    }

    /** The run: each rate's step, in order. */
    public record Result(List<Step> steps) {
        /** The step at the goal's rate, if it was run. */
        Step atGoalRate() {
            return steps.stream().filter(step -> step.rate() == GOAL_RATE).findFirst().orElse(null);
        }

        /** The highest rate at which {@link Step#underASecond()}; 0 if none. */
        int highestRateUnderASecond() {
            return steps.stream().filter(Step::underASecond).mapToInt(Step::rate).max().orElse(0);
        }
    }

    private final String gatewayUrl;
    private final GatewayClient writer;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> actions = new ArrayList<>();
    private int marks;

    private ChangeToPartner(String gatewayUrl, GatewayClient writer) {
        this.gatewayUrl = gatewayUrl;
        this.writer = writer;
    }

    /**
     * @param writer  the council's plan editor (the demo's {@code director})
     * @param partner the police's dashboard user (the demo's {@code police.lead})
     */
    public static Result run(String gatewayUrl, GatewayClient writer, GatewayClient partner, ChangeFloor floor,
                             Plan plan) {
        ChangeToPartner scenario = new ChangeToPartner(gatewayUrl, writer);
        scenario.createPoliceActions(partner);
        try (PartnerFeedReader feed = PartnerFeedReader.open(gatewayUrl + "/partners/police/events", partner.token())) {
            // A connection without Last-Event-ID is first sent what the feed still holds: once a change made now
            // has arrived, the replay is over and the feed is live.
            scenario.awaitOnFeed(feed, scenario.write(System.nanoTime()).join());
            if (plan.warmUpSeconds() > 0) {
                scenario.step(feed, floor, plan.warmUpRate(), plan.warmUpSeconds());
            }
            List<Step> steps = new ArrayList<>();
            for (int rate : plan.rates()) {
                steps.add(scenario.step(feed, floor, rate, plan.seconds()));
            }
            return new Result(List.copyOf(steps));
        }
    }

    /**
     * Police-led actions of their own in St Helens' plan (the demo's only open one would make every write wait for
     * one row lock), so the writes change records the police follow and no demo record.
     */
    private void createPoliceActions(GatewayClient partner) {
        JsonNode stHelens = null;
        for (JsonNode action : partner.get("/partners/police/actions")) {
            if ("342".equals(action.path("laCode").asText())) {
                stHelens = action;
                break;
            }
        }
        if (stHelens == null) {
            throw new IllegalStateException("The demo has no police-led action in St Helens' plan to work beside");
        }
        LocalDate today = LocalDate.now();
        for (int n = 1; n <= ACTIONS; n++) {
            JsonNode created = writer.post("/api/plans/" + stHelens.path("planId").asText() + "/actions", Map.of(
                    "themeId", stHelens.path("themeId").asText(),
                    "title", "Benchmark: police-led action " + n + " (" + run + ")",
                    "leadAgency", "POLICE", "owner", "Benchmark", "startDate", today.minusDays(30).toString(),
                    "dueDate", today.plusYears(1).toString()), 201);
            actions.add(created.path("id").asText());
        }
    }

    /** The floor, then the changes, each at {@code rate} for {@code seconds}. */
    private Step step(PartnerFeedReader feed, ChangeFloor floor, int rate, int seconds) {
        String payload = RelayThroughput.payload();
        List<CompletableFuture<ChangeFloor.Timing>> floorChanges = OpenLoop.paced(rate, seconds,
                (i, due) -> floor.change(payload));
        double[] floorTotal = new double[floorChanges.size()];
        double[] floorCommit = new double[floorChanges.size()];
        double[] floorCarry = new double[floorChanges.size()];
        for (int i = 0; i < floorChanges.size(); i++) {
            try {
                ChangeFloor.Timing timing = floorChanges.get(i).join();
                floorTotal[i] = timing.totalMillis();
                floorCommit[i] = timing.commitMillis();
                floorCarry[i] = timing.carryMillis();
            } catch (RuntimeException failed) {
                floorTotal[i] = floorCommit[i] = floorCarry[i] = Double.NaN;
            }
        }

        List<CompletableFuture<Written>> writes = OpenLoop.paced(rate, seconds, (i, due) -> write(due));
        double[] toFeed = new double[writes.size()];
        double[] writeMillis = new double[writes.size()];
        int lost = 0;
        int early = 0;
        for (int i = 0; i < writes.size(); i++) {
            Written written = writes.get(i).join();
            writeMillis[i] = written.answeredAt() < 0 ? Double.NaN : (written.answeredAt() - written.due()) / 1e6;
            if (written.answeredAt() < 0) {
                toFeed[i] = Double.NaN;
                continue;
            }
            try {
                long arrived = feed.arrival(written.mark()).get(FEED_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                double millis = (arrived - written.answeredAt()) / 1e6;
                if (millis < 0) {
                    early++;
                }
                toFeed[i] = Math.max(0, millis);
            } catch (Exception never) {
                lost++;
                toFeed[i] = Double.NaN;
            }
        }
        String load = rate + " writes/s";
        return new Step(rate, seconds, OpenLoop.Latencies.of(load + ", 2xx to feed", toFeed),
                OpenLoop.Latencies.of(load + ", write", writeMillis), lost, early,
                OpenLoop.Latencies.of(load + ", floor", floorTotal),
                OpenLoop.Latencies.of(load + ", floor commit", floorCommit),
                OpenLoop.Latencies.of(load + ", floor produce to consume", floorCarry));
    }

    /** A change as its writer saw it: its mark, when it was due, and when its 2xx came (-1 if it did not). */
    private record Written(String mark, long due, long answeredAt) {
    }

    /** A progress report on the next of the police-led actions, its narrative carrying the change's mark. */
    private CompletableFuture<Written> write(long due) {
        int n = marks++;
        String mark = "bench-" + run + "-" + n;
        String body = String.format(Locale.UK, "{\"rag\":\"GREEN\",\"percentComplete\":%d,"
                + "\"narrative\":\"Benchmark progress report %s\"}", n % 101, mark);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/actions/"
                        + actions.get(n % actions.size()) + "/updates"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + writer.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> new Written(mark, due, answer.statusCode() == 201 ? System.nanoTime() : -1))
                .exceptionally(noAnswer -> new Written(mark, due, -1));
    }

    private void awaitOnFeed(PartnerFeedReader feed, Written probe) {
        if (probe.answeredAt() < 0) {
            throw new IllegalStateException("The first progress report was refused: see the gateway's log");
        }
        try {
            feed.arrival(probe.mark()).get(FEED_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The police feed did not carry the first change within " + FEED_WAIT, e);
        }
    }

    /** The scenario's chart: the 99th percentile, change to feed against the floor, at each rate. */
    static Map<String, String> charts(Result result) {
        List<Chart.Row> rows = new ArrayList<>();
        for (Step step : result.steps()) {
            rows.add(new Chart.Row("p50, " + step.load(), step.toFeed().percentile(50), step.floor().percentile(50)));
            rows.add(new Chart.Row("p99, " + step.load(), step.toFeed().percentile(99), step.floor().percentile(99)));
        }
        return Map.of("change-to-partner", Chart.pairs("Change to partner: latency", "ms",
                "2xx to the police feed", "floor: commit + produce→consume", rows));
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    static String markdown(Result result) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.UK, "Writes: progress reports on %d police-led actions of St Helens' plan, as"
                + " the demo's `director`; feed: `/partners/police/events` as `police.lead`.%n%n", ACTIONS));
        md.append("![Change to the police feed against the floor](performance/change-to-partner.svg)\n\n");
        md.append("| load | path | changes | failed | lost | p50 ms | p95 ms | p99 ms |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Step step : result.steps()) {
            row(md, step.load(), "write: due → 2xx", step.writes(), 0);
            row(md, step.load(), "**2xx → on the police feed**", step.toFeed(), step.lost());
            row(md, step.load(), "**floor**: commit + produce → consume", step.floor(), 0);
            row(md, step.load(), "floor: the commit", step.floorCommit(), 0);
            row(md, step.load(), "floor: produce → consume", step.floorCarry(), 0);
        }
        int early = result.steps().stream().mapToInt(Step::early).sum();
        md.append(String.format(Locale.UK, "%n%d change(s) reached the feed before their 2xx reached the writer"
                + " (counted as 0 ms).%n%n", early));
        md.append("| ratio (change ÷ floor) | measured | goal | met |\n|---|---:|---:|---|\n");
        Step atGoal = result.atGoalRate();
        if (atGoal != null) {
            md.append(String.format(Locale.UK, "| p99, %s | %.2f | ≤ %.0f | %s |%n", atGoal.load(), atGoal.p99Ratio(),
                    GOAL, atGoal.p99Ratio() <= GOAL && atGoal.lost() == 0 ? "yes" : "**no**"));
        }
        for (Step step : result.steps()) {
            md.append(String.format(Locale.UK, "| p50 / p99, %s | %.2f / %.2f | — | — |%n", step.load(),
                    step.medianRatio(), step.p99Ratio()));
        }
        int highest = result.highestRateUnderASecond();
        md.append(String.format(Locale.UK, "%nThe highest rate measured at which the writes kept up (their own 99th"
                + " percentile under 1 s), every change arrived, and 2xx → feed stayed under 1 s at the 99th"
                + " percentile: **%s**.%n", highest == 0 ? "none" : highest + " writes/s"));
        return md.toString();
    }

    private static void row(StringBuilder md, String load, String path, OpenLoop.Latencies latencies, int lost) {
        md.append(String.format(Locale.UK, "| %s | %s | %d | %d | %d | %.2f | %.2f | %.2f |%n", load, path,
                latencies.requests(), latencies.failed() - lost, lost, latencies.percentile(50),
                latencies.percentile(95), latencies.percentile(99)));
    }
}
