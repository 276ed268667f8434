package org.csip.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Gatling run measured, read from its report's {@code js/stats.js} (the totals of "All Requests", which the
 * file gives first): requests, failures, requests a second and the latency percentiles (milliseconds; Gatling's
 * defaults: percentiles 1 to 4 are the 50th, 75th, 95th and 99th), with the report's folder for the charts.
 */
public record RunStats(String label, long requests, long failed, double perSecond, long p50, long p95, long p99,
                       long mean, Path report) {

    /** Reads the totals of a report folder Gatling wrote. */
    static RunStats read(String label, Path report) {
        String stats;
        try {
            stats = Files.readString(report.resolve("js").resolve("stats.js"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Gatling's statistics in " + report, e);
        }
        return new RunStats(label, (long) value(stats, "numberOfRequests", "total"),
                (long) value(stats, "numberOfRequests", "ko"), value(stats, "meanNumberOfRequestsPerSecond", "total"),
                (long) value(stats, "percentiles1", "total"), (long) value(stats, "percentiles3", "total"),
                (long) value(stats, "percentiles4", "total"), (long) value(stats, "meanResponseTime", "total"), report);
    }

    /** The first {@code "name": {… "field": "value" …}} of the file; "-" (nothing of that kind) is 0. */
    static double value(String stats, String name, String field) {
        Matcher block = Pattern.compile("\"" + name + "\"\\s*:\\s*\\{([^}]*)}").matcher(stats);
        if (!block.find()) {
            throw new IllegalStateException("Gatling's statistics have no " + name);
        }
        Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"?([^\",\\s]*)").matcher(block.group(1));
        if (!value.find()) {
            throw new IllegalStateException("Gatling's statistics have no " + name + "." + field);
        }
        return "-".equals(value.group(1)) ? 0 : Double.parseDouble(value.group(1));
    }
}
