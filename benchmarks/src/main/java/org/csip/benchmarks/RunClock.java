package org.csip.benchmarks;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long each phase of a benchmark run took, in the order they ran: the full run must stay under 20 minutes on
 * this machine (issue 24), and this says where its minutes go rather than leaving it to a note.
 */
final class RunClock {
    /** The whole run's budget, and the goal the run-time table is read against. */
    static final Duration BUDGET = Duration.ofMinutes(20);
    static final String WHOLE_RUN = "the whole run";

    private final long began = System.nanoTime();
    private final Map<String, Duration> phases = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Runs {@code work}, remembers how long it took as {@code phase}, and says so. */
    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            phases.put(phase, took);
            System.out.printf("[benchmark] %s took %.1f minutes%n", phase, took.toMillis() / 60_000.0);
        }
    }

    /** Each phase so far, and the whole run from this clock's start to now. */
    Map<String, Duration> stop() {
        Map<String, Duration> all = new LinkedHashMap<>();
        synchronized (phases) {
            all.putAll(phases);
        }
        all.put(WHOLE_RUN, Duration.ofNanos(System.nanoTime() - began));
        return all;
    }

    /** The run-time table: each phase's minutes and the whole run's against the budget. */
    static String markdown(Map<String, Duration> took) {
        StringBuilder table = new StringBuilder("| phase | minutes |\n|---|---:|\n");
        took.forEach((phase, duration) -> {
            String minutes = String.format("%.1f", duration.toMillis() / 60_000.0);
            table.append(WHOLE_RUN.equals(phase)
                    ? "| **" + phase + "** (budget " + BUDGET.toMinutes() + ", "
                            + (duration.compareTo(BUDGET) < 0 ? "within it" : "**over it**") + ") | **" + minutes
                            + "** |\n"
                    : "| " + phase + " | " + minutes + " |\n");
        });
        table.append("\nThe phases do not add up to the whole run exactly: it also counts stopping the stack.\n");
        return table.toString();
    }
}
