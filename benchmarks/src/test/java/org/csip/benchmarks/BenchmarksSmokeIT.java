package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csip.local.demo.DemoStory;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, part of the default test command so the benchmark cannot rot: the whole stack started
 * through the launcher, the demo loaded, every scenario run for seconds with Gatling — each run answered every
 * request, its report was written, and the ratios were worked out. What it measures is not judged here: a figure
 * from seconds on a shared machine means nothing (docs/performance.md).
 */
class BenchmarksSmokeIT {

    @Test
    void everyScenarioRunsAgainstTheWholeStackAndEveryRequestIsAnswered() throws Exception {
        Path root = StackConfig.findRepoRoot();
        Path out = Path.of("target", "benchmarks-smoke").toAbsolutePath();
        try (LocalStack stack = new LocalStack(Benchmarks.config(root, out), System.out).start()) {
            DemoStory.load(stack);
            Benchmarks.Result result = Benchmarks.run(stack, true, out.resolve("reports"), Benchmarks.SCENARIOS);

            GatewayOverhead.Result overhead = result.gatewayOverhead();
            List<GatewayOverhead.Pair> pairs = new ArrayList<>(overhead.open());
            pairs.add(overhead.closed());
            for (GatewayOverhead.Pair pair : pairs) {
                for (RunStats run : List.of(pair.direct(), pair.gateway())) {
                    assertThat(run.requests()).as(run.label()).isPositive();
                    assertThat(run.failed()).as(run.label() + ": every request answered 200").isZero();
                    assertThat(run.report().resolve("index.html")).as(run.label() + "'s report").exists();
                }
                assertThat(pair.throughputRatio()).as(pair.load()).isFinite().isPositive();
                assertThat(pair.medianRatio()).as(pair.load()).isFinite().isPositive();
            }
            RelayThroughput.Result relay = result.relay();
            assertThat(relay.events()).isEqualTo(RelayThroughput.Plan.SMOKE.events());
            assertThat(relay.ratio()).as("relay ÷ raw producer").isFinite().isPositive();
            assertThat(result.sections().get(Benchmarks.GATEWAY_OVERHEAD))
                    .contains("| throughput, 2 clients, 2 s |", "through the gateway", "service straight");
            assertThat(result.sections().get(Benchmarks.RELAY_THROUGHPUT)).contains("| outbox relay", "| raw Kafka");
            assertThat(result.charts()).containsOnlyKeys("gateway-overhead-throughput", "gateway-overhead-latency",
                    "relay-throughput").allSatisfy((name, svg) -> assertThat(svg).startsWith("<svg ").endsWith("</svg>\n")
                    .contains("<rect "));
            result.sections().values().forEach(System.out::println);
        }
        assertThat(Files.exists(out.resolve("reports"))).isTrue();
    }
}
