package org.csip.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An open Server-Sent Events connection whose lines are collected as they arrive. */
final class SseStream implements AutoCloseable {
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

    static SseStream open(String url, String token) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        return new SseStream(response);
    }

    int status() {
        return response.statusCode();
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
