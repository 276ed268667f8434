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
 * sending as soon as answered); latency at rising open arrival rates, timed in nanoseconds ({@link OpenLoop}). Each
 * pair is run direct first, then through the gateway, after a warm-up of both, so both targets are equally warm.
 */
public final class GatewayOverhead {
    /** Goals from the issue: through the gateway at least 0.8 of the direct throughput, median at most 1.2 times. */
    static final double THROUGHPUT_GOAL = 0.8;
    static final double MEDIAN_GOAL = 1.2;

    /** How hard and how long: the full run's settings, or a few seconds that prove the scenario still runs. */
    public record Plan(int warmUpSeconds, int clients, int closedSeconds, List<Integer> rates, int openSeconds) {
        public static final Plan FULL = new Plan(60, 8, 20, List.of(50, 100, 200), 15);
        public static final Plan SMOKE = new Plan(1, 2, 2, List.of(20), 2);
    }

    /** One pair of runs: the same load straight to the service and through the gateway. */
    public record Pair(String load, RunStats direct, RunStats gateway) {
        public double throughputRatio() {
            return gateway.perSecond() / direct.perSecond();
        }

        public double medianRatio() {
            return (double) Math.max(gateway.p50(), 1) / Math.max(direct.p50(), 1);
        }

        public double p99Ratio() {
            return (double) Math.max(gateway.p99(), 1) / Math.max(direct.p99(), 1);
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

    /** The whole scenario's figures: the closed pair first, then one open pair per rate. */
    public record Result(String path, Pair closed, List<LatencyPair> open) {
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
        Pair closed = pair(plan.clients() + " clients, " + plan.closedSeconds() + " s", gateway, service, base,
                "csip.bench.users", String.valueOf(plan.clients()), plan.closedSeconds(), results);
        List<LatencyPair> open = new ArrayList<>();
        for (int rate : plan.rates()) {
            String load = rate + " requests/s, " + plan.openSeconds() + " s";
            open.add(new LatencyPair(load, OpenLoop.run("direct " + load, service + path, token, rate, plan.openSeconds()),
                    OpenLoop.run("gateway " + load, gateway + path, token, rate, plan.openSeconds())));
        }
        return new Result(path, closed, open);
    }

    private static Pair pair(String load, String gateway, String service, Map<String, String> base, String key,
                             String value, int seconds, Path results) {
        String slug = load.replaceAll("[^a-z0-9]+", "-").toLowerCase(Locale.ROOT);
        RunStats direct = GatlingRun.run(ReadsSimulation.class, "direct " + load, with(base, "csip.bench.base",
                service, key, value, "csip.bench.seconds", String.valueOf(seconds)), results.resolve("direct-" + slug));
        RunStats proxied = GatlingRun.run(ReadsSimulation.class, "gateway " + load, with(base, "csip.bench.base",
                gateway, key, value, "csip.bench.seconds", String.valueOf(seconds)), results.resolve("gateway-" + slug));
        return new Pair(load, direct, proxied);
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
        row(md, result.closed().load(), "service straight", result.closed().direct());
        row(md, result.closed().load(), "through the gateway", result.closed().gateway());
        md.append("\nLatency (open, timed in nanoseconds):\n\n");
        md.append("| load | target | requests | failed | p50 ms | p95 ms | p99 ms |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (LatencyPair pair : result.open()) {
            row(md, pair.load(), "service straight", pair.direct());
            row(md, pair.load(), "through the gateway", pair.gateway());
        }
        md.append("\n| ratio (gateway ÷ direct) | measured | goal | met |\n|---|---:|---:|---|\n");
        md.append(String.format(Locale.UK, "| throughput, %s | %.2f | ≥ %.1f | %s |%n", result.closed().load(),
                result.closed().throughputRatio(), THROUGHPUT_GOAL, result.throughputMet() ? "yes" : "**no**"));
        md.append(String.format(Locale.UK, "| p50, %s | %.2f | ≤ %.1f | %s |%n", result.open().get(0).load(),
                result.medianRatio(), MEDIAN_GOAL, result.medianMet() ? "yes" : "**no**"));
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
                        "service straight", "through the gateway", List.of(new Chart.Row(result.closed().load(),
                                result.closed().direct().perSecond(), result.closed().gateway().perSecond()))),
                "gateway-overhead-latency", Chart.pairs("Gateway overhead: latency", "ms", "service straight",
                        "through the gateway", latency));
    }

    private static void row(StringBuilder md, String load, String target, RunStats stats) {
        md.append(String.format(Locale.UK, "| %s | %s | %d | %d | %.1f | %d | %d | %d |%n", load, target,
                stats.requests(), stats.failed(), stats.perSecond(), stats.p50(), stats.p95(), stats.p99()));
    }
}
