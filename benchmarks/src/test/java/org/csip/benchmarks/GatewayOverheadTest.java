package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayOverheadTest {

    @Test
    void theThroughputRatioIsOfTheMeansOfBothPairsNotOfOnePair() {
        GatewayOverhead.Pair first = new GatewayOverhead.Pair("8 clients, 10 s, 1st", run("direct 1", 1000),
                run("gateway 1", 900));
        GatewayOverhead.Pair second = new GatewayOverhead.Pair("8 clients, 10 s, 2nd", run("direct 2", 1400),
                run("gateway 2", 900));
        GatewayOverhead.Closed closed = new GatewayOverhead.Closed("8 clients, 10 s", List.of(first, second));

        assertThat(first.throughputRatio()).isCloseTo(0.9, within(1e-9));
        assertThat(closed.directPerSecond()).isEqualTo(1200);
        assertThat(closed.gatewayPerSecond()).isEqualTo(900);
        assertThat(closed.throughputRatio()).isCloseTo(0.75, within(1e-9));

        GatewayOverhead.LatencyPair at50 = new GatewayOverhead.LatencyPair("50 requests/s, 15 s",
                OpenLoop.Latencies.of("direct", new double[] {4, 5, 6}),
                OpenLoop.Latencies.of("gateway", new double[] {5, 6, 7}));
        String md = GatewayOverhead.markdown(new GatewayOverhead.Result("/api/inspections?laCode=342", closed,
                List.of(at50)));
        assertThat(md).contains("| 8 clients, 10 s, 2nd | service straight | 14000 | 0 | 1400.0 |",
                "the mean requests a second are 1200.0 straight and 900.0 through the gateway",
                "| throughput, 8 clients, 10 s × 2 | 0.75 | ≥ 0.8 | **no** |",
                "| throughput, 8 clients, 10 s, 1st | 0.90 | — | — |");
    }

    private static RunStats run(String label, double perSecond) {
        return new RunStats(label, Math.round(perSecond * 10), 0, perSecond, 5, 10, 15, 6, Path.of("report"));
    }
}
