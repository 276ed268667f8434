package org.csip.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An open Server-Sent Events connection whose lines are collected as they arrive. */
public final class SseStream implements AutoCloseable {
    private final HttpResponse<InputStream> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private SseStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // closed
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url} with a bearer token (none when null); the stream is read on a daemon thread until closed. */
    public static SseStream open(String url, String token) throws IOException, InterruptedException {
        return open(url, token, null);
    }

    /** As {@link #open(String, String)}, resuming after {@code lastEventId} when it is not null. */
    public static SseStream open(String url, String token, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseStream(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    public int status() {
        return response.statusCode();
    }

    /** Every line received so far, in order (comments, {@code id:}, {@code event:}, {@code data:} and blanks). */
    public List<String> lines() {
        return lines;
    }

    /** One event as received: its id (resumable position), type and data. */
    public record Event(String id, String type, String data) {
    }

    /** The events received so far, in order (comments and heartbeats without data left out). */
    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        SseParser parser = new SseParser();
        for (String line : lines) {
            parser.accept(line).ifPresent(events::add);
        }
        return events;
    }

    /** The id of the last event received, or null. */
    public String lastEventId() {
        return lines.stream().filter(l -> l.startsWith("id:")).reduce((a, b) -> b)
                .map(l -> l.substring("id:".length()).trim()).orElse(null);
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
