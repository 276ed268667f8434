package org.csip.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 1 of docs/performance.md: the same read through the gateway and straight to the service it proxies, side
 * by side in one run, by the same client. Throughput is measured closed with Gatling (a fixed number of clients, each
 * sending as soon as answered) in four runs, direct, gateway, gateway, direct, so a drift of the shared machine's speed
 * during them weighs on both targets alike; latency at rising open arrival rates, timed in nanoseconds
 * ({@link OpenLoop}), each rate direct first, then through the gateway. Both targets are warmed up first.
 */
public final class GatewayOverhead {
    /** Goals from the issue: through the gateway at least 0.8 of the direct throughput, median at most 1.2 times. */
    static final double THROUGHPUT_GOAL = 0.8;
    static final double MEDIAN_GOAL = 1.2;

    /** How hard and how long: the full run's settings, or a few seconds that prove the scenario still runs. */
    public record Plan(int warmUpSeconds, int clients, int closedSeconds, List<Integer> rates, int openSeconds) {
        /** {@code closedSeconds} is each of the four closed runs' length. */
        public static final Plan FULL = new Plan(60, 8, 10, List.of(50, 100, 200), 15);
        public static final Plan SMOKE = new Plan(1, 2, 2, List.of(20), 2);
    }

    /** One pair of runs: the same load straight to the service and through the gateway. */
    public record Pair(String load, RunStats direct, RunStats gateway) {
        public double throughputRatio() {
            return gateway.perSecond() / direct.perSecond();
        }
    }

    /** One pair of open runs at a rate, timed in nanoseconds ({@link OpenLoop}). */
    public record LatencyPair(String load, OpenLoop.Latencies direct, OpenLoop.Latencies gateway) {
        public double medianRatio() {
            return gateway.percentile(50) / direct.percentile(50);
        }

        public double p99Ratio() {
            return gateway.percentile(99) / direct.percentile(99);
        }
    }

    /**
     * The closed runs as two pairs, the first run direct then through the gateway, the second the other way round: the
     * throughput ratio is of the two targets' mean requests a second.
     */
    public record Closed(String load, List<Pair> rounds) {
        public double directPerSecond() {
            return rounds.stream().mapToDouble(pair -> pair.direct().perSecond()).average().orElseThrow();
        }

        public double gatewayPerSecond() {
            return rounds.stream().mapToDouble(pair -> pair.gateway().perSecond()).average().orElseThrow();
        }

        public double throughputRatio() {
            return gatewayPerSecond() / directPerSecond();
        }
    }

    /** The whole scenario's figures: the closed runs first, then one open pair per rate. */
    public record Result(String path, Closed closed, List<LatencyPair> open) {
        public boolean throughputMet() {
            return closed.throughputRatio() >= THROUGHPUT_GOAL;
        }

        /** The median ratio at the lowest open rate, where neither target is saturated. */
        public double medianRatio() {
            return open.get(0).medianRatio();
        }

        public boolean medianMet() {
            return medianRatio() <= MEDIAN_GOAL;
        }
    }

    private GatewayOverhead() {
    }

    /** Runs the scenario against {@code gateway} and {@code service} (the service behind {@code path}). */
    public static Result run(String gateway, String service, String path, String token, Plan plan, Path results) {
        Map<String, String> base = Map.of("csip.bench.path", path, "csip.bench.token", token);
        for (String target : List.of(service, gateway)) {
            GatlingRun.run(ReadsSimulation.class, "warm-up " + target, with(base, "csip.bench.base", target,
                    "csip.bench.users", String.valueOf(plan.clients()), "csip.bench.seconds",
                    String.valueOf(plan.warmUpSeconds())), results.resolve("warm-up"));
        }
        String closedLoad = plan.clients() + " clients, " + plan.closedSeconds() + " s";
        Map<String, String> clients = with(base, "csip.bench.users", String.valueOf(plan.clients()),
                "csip.bench.seconds", String.valueOf(plan.closedSeconds()));
        RunStats direct1 = closedRun("direct", 1, closedLoad, service, clients, results);
        RunStats gateway1 = closedRun("gateway", 1, closedLoad, gateway, clients, results);
        RunStats gateway2 = closedRun("gateway", 2, closedLoad, gateway, clients, results);
        RunStats direct2 = closedRun("direct", 2, closedLoad, service, clients, results);
        Closed closed = new Closed(closedLoad, List.of(new Pair(closedLoad + ", 1st", direct1, gateway1),
                new Pair(closedLoad + ", 2nd", direct2, gateway2)));
        List<LatencyPair> open = new ArrayList<>();
        for (int rate : plan.rates()) {
            String load = rate + " requests/s, " + plan.openSeconds() + " s";
            open.add(new LatencyPair(load, OpenLoop.run("direct " + load, service + path, token, rate, plan.openSeconds()),
                    OpenLoop.run("gateway " + load, gateway + path, token, rate, plan.openSeconds())));
        }
        return new Result(path, closed, open);
    }

    private static RunStats closedRun(String target, int round, String load, String base, Map<String, String> clients,
                                      Path results) {
        String name = target + " " + load + " (" + round + ")";
        String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "").toLowerCase(Locale.ROOT);
        return GatlingRun.run(ReadsSimulation.class, name, with(clients, "csip.bench.base", base),
                results.resolve(slug));
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    public static String markdown(Result result) {
        StringBuilder md = new StringBuilder();
        md.append("Read: `GET ").append(result.path()).append("` as the demo's `director`.\n\n");
        md.append("![Throughput, straight and through the gateway](performance/gateway-overhead-throughput.svg)\n");
        md.append("![Median and 99th percentile at each rate](performance/gateway-overhead-latency.svg)\n\n");
        md.append("Throughput (Gatling, closed):\n\n");
        md.append("| load | target | requests | failed | requests/s | p50 ms | p95 ms | p99 ms |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Pair pair : result.closed().rounds()) {
            row(md, pair.load(), "service straight", pair.direct());
            row(md, pair.load(), "through the gateway", pair.gateway());
        }
        md.append(String.format(Locale.UK, "%nRun in the order direct, gateway, gateway, direct: the mean requests a"
                + " second are %.1f straight and %.1f through the gateway.%n", result.closed().directPerSecond(),
                result.closed().gatewayPerSecond()));
        md.append("\nLatency (open, timed in nanoseconds):\n\n");
        md.append("| load | target | requests | failed | p50 ms | p95 ms | p99 ms |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (LatencyPair pair : result.open()) {
            row(md, pair.load(), "service straight", pair.direct());
            row(md, pair.load(), "through the gateway", pair.gateway());
        }
        md.append("\n| ratio (gateway ÷ direct) | measured | goal | met |\n|---|---:|---:|---|\n");
        md.append(String.format(Locale.UK, "| throughput, %s × 2 | %.2f | ≥ %.1f | %s |%n", result.closed().load(),
                result.closed().throughputRatio(), THROUGHPUT_GOAL, result.throughputMet() ? "yes" : "**no**"));
        md.append(String.format(Locale.UK, "| p50, %s | %.2f | ≤ %.1f | %s |%n", result.open().get(0).load(),
                result.medianRatio(), MEDIAN_GOAL, result.medianMet() ? "yes" : "**no**"));
        for (Pair pair : result.closed().rounds()) {
            md.append(String.format(Locale.UK, "| throughput, %s | %.2f | — | — |%n", pair.load(),
                    pair.throughputRatio()));
        }
        for (LatencyPair pair : result.open()) {
            md.append(String.format(Locale.UK, "| p50 / p99, %s | %.2f / %.2f | — | — |%n", pair.load(),
                    pair.medianRatio(), pair.p99Ratio()));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String load, String target, OpenLoop.Latencies latencies) {
        md.append(String.format(Locale.UK, "| %s | %s | %d | %d | %.2f | %.2f | %.2f |%n", load, target,
                latencies.requests(), latencies.failed(), latencies.percentile(50), latencies.percentile(95),
                latencies.percentile(99)));
    }

    /** The scenario's charts: throughput, and the median and 99th percentile at each rate. */
    static java.util.Map<String, String> charts(Result result) {
        List<Chart.Row> latency = new ArrayList<>();
        for (LatencyPair pair : result.open()) {
            latency.add(new Chart.Row("p50, " + pair.load(), pair.direct().percentile(50),
                    pair.gateway().percentile(50)));
            latency.add(new Chart.Row("p99, " + pair.load(), pair.direct().percentile(99),
                    pair.gateway().percentile(99)));
        }
        return java.util.Map.of(
                "gateway-overhead-throughput", Chart.pairs("Gateway overhead: throughput", "requests/s",
                        "service straight", "through the gateway", List.of(new Chart.Row(result.closed().load()
                                + " × 2, mean", result.closed().directPerSecond(),
                                result.closed().gatewayPerSecond()))),
                "gateway-overhead-latency", Chart.pairs("Gateway overhead: latency", "ms", "service straight",
                        "through the gateway", latency));
    }

    private static void row(StringBuilder md, String load, String target, RunStats stats) {
        md.append(String.format(Locale.UK, "| %s | %s | %d | %d | %.1f | %d | %d | %d |%n", load, target,
                stats.requests(), stats.failed(), stats.perSecond(), stats.p50(), stats.p95(), stats.p99()));
    }
}
