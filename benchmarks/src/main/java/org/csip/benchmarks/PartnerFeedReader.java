package org.csip.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner's live feed as the benchmark watches it: one Server-Sent Events connection through the gateway, read on a
 * thread of its own, noting when (nanoTime) each marked change first arrives. A change is marked by a word of the
 * form {@code bench-<run>-<n>} in its event's data; an event's data is one line of JSON, so each {@code data:} line
 * is searched as it is read (the time is taken before anything else is done with it).
 */
final class PartnerFeedReader implements AutoCloseable {
    private static final Pattern MARK = Pattern.compile("bench-[0-9a-f]{8}-[0-9]+");

    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private final InputStream stream;
    private final Thread reader;

    private PartnerFeedReader(InputStream stream) {
        this.stream = stream;
        this.reader = new Thread(this::read, "partner-feed-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to {@code feedUrl} with the partner's {@code token}; refuses anything but 200. */
    static PartnerFeedReader open(String feedUrl, String token) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(feedUrl)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                String body = new String(answer.body().readAllBytes(), StandardCharsets.UTF_8);
                throw new IllegalStateException("The feed " + feedUrl + " answered " + answer.statusCode() + ": " + body);
            }
            return new PartnerFeedReader(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the feed " + feedUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** When the change marked {@code mark} first arrived on the feed (nanoTime); completes when it does. */
    CompletableFuture<Long> arrival(String mark) {
        return arrivals.computeIfAbsent(mark, m -> new CompletableFuture<>());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long at = System.nanoTime();
                if (line.startsWith("data:")) {
                    Matcher mark = MARK.matcher(line);
                    while (mark.find()) {
                        arrival(mark.group()).complete(at);
                    }
                }
            }
        } catch (IOException closed) {
            // the benchmark closed the feed, or the gateway ended it: changes not yet arrived stay incomplete
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // closing anyway
        }
        reader.interrupt();
    }
}
