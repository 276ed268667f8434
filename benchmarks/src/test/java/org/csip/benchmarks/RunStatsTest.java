package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStatsTest {

    /** As Gatling 3.13 writes js/stats.js: a script, not JSON; the totals of all requests first. */
    private static final String STATS = """
            var stats = {
                type: "GROUP",
            name: "All Requests",
            stats: {
                "name": "All Requests",
                "numberOfRequests": {
                    "total": "83",
                    "ok": "81",
                    "ko": "2"
                },
                "meanResponseTime": {
                    "total": "22",
                    "ok": "22",
                    "ko": "-"
                },
                "percentiles1": {
                    "total": "18",
                    "ok": "18",
                    "ko": "-"
                },
                "percentiles3": {
                    "total": "34",
                    "ok": "34",
                    "ko": "-"
                },
                "percentiles4": {
                    "total": "147",
                    "ok": "147",
                    "ko": "-"
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "41.5",
                    "ok": "40.5",
                    "ko": "1"
                }
            },
            contents: {
            "req_get": {
                    stats: {
                "numberOfRequests": {
                    "total": "999",
                    "ok": "999",
                    "ko": "0"
                }
            }}}}
            """;

    @Test
    void theTotalsOfAllRequestsAreRead(@TempDir Path report) throws Exception {
        Files.createDirectories(report.resolve("js"));
        Files.writeString(report.resolve("js").resolve("stats.js"), STATS);
        RunStats stats = RunStats.read("direct", report);
        assertThat(stats.requests()).isEqualTo(83);
        assertThat(stats.failed()).isEqualTo(2);
        assertThat(stats.perSecond()).isEqualTo(41.5);
        assertThat(stats.p50()).isEqualTo(18);
        assertThat(stats.p95()).isEqualTo(34);
        assertThat(stats.p99()).isEqualTo(147);
        assertThat(stats.mean()).isEqualTo(22);
    }

    @Test
    void aReportWithoutAFigureIsRefusedNotReadAsZero(@TempDir Path report) throws Exception {
        Files.createDirectories(report.resolve("js"));
        Files.writeString(report.resolve("js").resolve("stats.js"), STATS.replace("percentiles4", "percentilesX"));
        assertThatThrownBy(() -> RunStats.read("direct", report)).hasMessageContaining("percentiles4");
    }
}
