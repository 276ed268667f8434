package org.csip.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a fixed arrival rate, timed in nanoseconds. Gatling counts whole milliseconds, which cannot tell a 2 ms
 * median from a 2.4 ms one, and the gateway's goal is a ratio of such medians. Requests are sent on schedule whether
 * or not earlier ones have been answered (an open model), and each is timed from when it was due, so a stalled
 * target is charged for the requests it held up (no coordinated omission).
 */
final class OpenLoop {

    /** One run's answers: how many, how many failed (not 200, or no answer), and the sorted latencies in ms. */
    record Latencies(String label, int requests, int failed, double[] sortedMillis) {
        /** From each request's latency in ms, in any order; NaN for one that failed. */
        static Latencies of(String label, double[] millis) {
            double[] answered = Arrays.stream(millis).filter(ms -> !Double.isNaN(ms)).sorted().toArray();
            return new Latencies(label, millis.length, millis.length - answered.length, answered);
        }

        double percentile(double p) {
            if (sortedMillis.length == 0) {
                return Double.NaN;
            }
            return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1,
                    (int) Math.ceil(p / 100 * sortedMillis.length) - 1))];
        }
    }

    /** Starts one piece of work at its due time (nanoTime), not waiting for earlier ones. */
    @FunctionalInterface
    interface Arrival<T> {
        CompletableFuture<T> start(int index, long due);
    }

    private OpenLoop() {
    }

    /**
     * {@code rate} arrivals a second for {@code seconds}, each started when it is due whether or not earlier ones have
     * finished; returns each arrival's stage, in order.
     */
    static <T> List<CompletableFuture<T>> paced(int rate, int seconds, Arrival<T> arrival) {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        List<CompletableFuture<T>> started = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            while (wait > 0) {
                LockSupport.parkNanos(wait); // pacing the load, not waiting for a result
                wait = due - System.nanoTime();
            }
            started.add(arrival.start(i, due));
        }
        return started;
    }

    /** {@code rate} GETs a second of {@code url} for {@code seconds}, with the bearer {@code token}. */
    static Latencies run(String label, String url, String token, int rate, int seconds) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return run(label, http, request, rate, seconds);
    }

    /** {@code rate} sends a second of {@code request} by {@code http} (its cookies, its connections) for {@code seconds}. */
    static Latencies run(String label, HttpClient http, HttpRequest request, int rate, int seconds) {
        List<CompletableFuture<Double>> answers = paced(rate, seconds, (i, due) -> http.sendAsync(request,
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? (System.nanoTime() - due) / 1e6 : Double.NaN)
                .exceptionally(noAnswer -> Double.NaN));
        return Latencies.of(label, answers.stream().mapToDouble(CompletableFuture::join).toArray());
    }
}
