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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.csip.testing.SseParser;

/**
 * A partner's client on its live feed, behaving as a browser's {@code EventSource} does: it reads events as they
 * come and, when its connection ends (its gateway killed, say), reconnects — to the other gateway — with the id of
 * the last event it had as {@code Last-Event-ID}. Everything it receives is kept, to be counted.
 */
final class FeedFollower implements AutoCloseable {
    /** One event as received, on which gateway. */
    record Received(String id, String type, String data, int gateway, long at) {
    }

    /** How long a browser's EventSource waits before reconnecting, by default. */
    private static final Duration RETRY = Duration.ofMillis(300);

    private final String path;
    private final List<String> gateways;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile int gateway;
    private volatile String lastEventId;
    private volatile InputStream open;
    private volatile boolean closed;
    private volatile int connections;

    /**
     * @param path      the feed's path, e.g. {@code /partners/police/events}
     * @param gateway   the gateway (index into {@code gateways}) it connects to first
     * @param startFrom the {@code Last-Event-ID} it starts from: events after it are what it should receive
     */
    FeedFollower(String path, List<String> gateways, int gateway, Supplier<String> token, String startFrom) {
        this.path = path;
        this.gateways = List.copyOf(gateways);
        this.gateway = gateway;
        this.token = token;
        this.lastEventId = startFrom;
        this.reader = new Thread(this::follow, "feed-follower-" + gateway);
        reader.setDaemon(true);
        reader.start();
    }

    /** Events received so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    /** Gap notices, refusals and the reasons connections were closed by the gateway: none is expected. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    /** The gateway it is connected to (or about to connect to). */
    int gateway() {
        return gateway;
    }

    /** How many times it has connected (1 until it first has to resume). */
    int connections() {
        return connections;
    }

    private void follow() {
        while (!closed) {
            try {
                readOnce();
            } catch (IOException e) {
                // the connection ended: resume as EventSource does
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                // Never die silently: a follower whose thread ended would count every later event as lost, with
                // nothing to say why (met once in CI). What stopped it is a notice, and it carries on.
                notices.add("follower on gateway " + gateway + " failed: " + e);
            }
            if (closed) {
                return;
            }
            gateway = (gateway + 1) % gateways.size();
            try {
                Thread.sleep(RETRY.toMillis()); // EventSource's reconnection delay: client behaviour, not a test wait
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readOnce() throws IOException, InterruptedException {
        int at = gateway;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateways.get(at) + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token.get());
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        connections++;
        if (response.statusCode() != 200) {
            notices.add("gateway " + at + " answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            return;
        }
        open = response.body();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open, StandardCharsets.UTF_8))) {
            SseParser parser = new SseParser();
            for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
                parser.accept(line).ifPresent(event -> dispatch(event.id(), event.type(), event.data(), at));
            }
        }
    }

    private void dispatch(String id, String type, String data, int at) {
        if (id == null || id.isEmpty()) {
            if (!"heartbeat".equals(type)) {
                notices.add("gateway " + at + " sent " + type + ": " + data);
            }
            return;
        }
        lastEventId = id;
        received.add(new Received(id, type, data, at, System.nanoTime()));
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        InputStream stream = open;
        if (stream != null) {
            stream.close();
        }
    }

    /** The data of every event received, in order. */
    List<String> data() {
        List<String> data = new ArrayList<>();
        received.forEach(r -> data.add(r.data()));
        return data;
    }
}
