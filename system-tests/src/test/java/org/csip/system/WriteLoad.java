package org.csip.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded, steady load on all three services through both gateways, as people at work would make it: progress
 * reports on a police-led action (action-plan-service), new inspections (inspection-service) and police vacancies
 * (workforce-service), in turn, each gateway taking every other write. Every answer is kept, to be counted.
 */
final class WriteLoad implements AutoCloseable {
    /** What one write does, the service that owns it and who makes it. */
    enum Kind {
        PROGRESS_REPORT("action-plan-service", "police.lead"),
        INSPECTION("inspection-service", TestPlan.EDITOR),
        VACANCY("workforce-service", "police.workforce");

        final String module;
        final String user;

        Kind(String module, String user) {
            this.module = module;
            this.user = user;
        }
    }

    /**
     * One write and its answer: {@code status} 0 when no HTTP answer came (connection refused, timeout) — then
     * {@code body} says why; {@code id} is what the service created, from its answer.
     */
    record Write(Kind kind, int gateway, String marker, int status, String contentType, String body, String id,
                 long sentAt, long answeredAt) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** A 5xx other than a 503 problem naming what is unavailable: what no caller may ever get. */
        boolean unexplainedServerError() {
            return status >= 500 && !(status == 503 && contentType != null
                    && contentType.startsWith("application/problem+json") && NAMES_A_PART.matcher(body).find());
        }
    }

    private static final Pattern NAMES_A_PART = Pattern.compile(
            "(inspection|action-plan|workforce) service|database|Kafka|Keycloak", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int MAX_IN_FLIGHT = 40;

    private final String scenario;
    private final List<String> gateways;
    private final Tokens tokens;
    private final String policeAction;
    private final String teamId;
    private final long periodMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(MAX_IN_FLIGHT);
    private final List<Write> writes = new ArrayList<>();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * @param scenario   a short word marking this load's writes (narratives and themes carry it)
     * @param perSecond  writes a second, across the three services and both gateways
     */
    WriteLoad(String scenario, List<String> gateways, Tokens tokens, String policeAction, String teamId,
              int perSecond) {
        this.scenario = scenario;
        this.gateways = List.copyOf(gateways);
        this.tokens = tokens;
        this.policeAction = policeAction;
        this.teamId = teamId;
        this.periodMillis = 1000L / perSecond;
    }

    WriteLoad start() {
        ticker.scheduleAtFixedRate(this::tick, 0, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Times the load has come round (at its rate), whether or not it could send. */
    long ticks() {
        return ticks.get();
    }

    /** Writes sent so far. */
    long sent() {
        return ticks.get() - skipped.get();
    }

    /** Ticks on which no write was sent because {@value #MAX_IN_FLIGHT} were still waiting for answers. */
    long skipped() {
        return skipped.get();
    }

    /** Writes answered so far, in the order their answers came. */
    synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    /** Stops sending and waits for every write in flight to be answered (or to time out); every write. */
    List<Write> stop() throws InterruptedException {
        ticker.shutdown();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        senders.shutdown();
        if (!senders.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("writes still unanswered a minute after the load stopped");
        }
        return writes();
    }

    @Override
    public void close() throws InterruptedException {
        if (!ticker.isShutdown()) {
            stop();
        }
    }

    private void tick() {
        long n = ticks.incrementAndGet();
        if (inFlight.get() >= MAX_IN_FLIGHT) {
            skipped.incrementAndGet();
            return;
        }
        Kind kind = Kind.values()[(int) (n % 3)];
        int gateway = (int) ((n / 3) % gateways.size());
        inFlight.incrementAndGet();
        senders.execute(() -> {
            try {
                send(kind, gateway, scenario + "-" + n);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void send(Kind kind, int gateway, String marker) {
        String base = gateways.get(gateway);
        HttpRequest.Builder request = switch (kind) {
            case PROGRESS_REPORT -> post(base + "/api/actions/" + policeAction + "/updates", """
                    {"rag": "AMBER", "narrative": "Fault %s", "percentComplete": 40}""".formatted(marker));
            case INSPECTION -> post(base + "/api/inspections", """
                    {"laCode": "%s", "type": "FOCUSED_VISIT", "notifiedDate": "%s", "theme": "Fault %s"}"""
                    .formatted(TestPlan.LA_CODE, LocalDate.now().minusDays(3), marker));
            case VACANCY -> post(base + "/api/vacancies", """
                    {"teamId": "%s", "role": "SOCIAL_WORKER", "fte": 1.0, "openedOn": "%s"}"""
                    .formatted(teamId, LocalDate.now()));
        };
        request.header("Authorization", "Bearer " + tokens.of(kind.user));
        long sentAt = System.nanoTime();
        Write write;
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(answer.body());
            write = new Write(kind, gateway, marker, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null), answer.body(),
                    id.find() ? id.group(1) : null, sentAt, System.nanoTime());
        } catch (IOException e) {
            write = new Write(kind, gateway, marker, 0, null, e.toString(), null, sentAt, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            writes.add(write);
        }
    }

    private static HttpRequest.Builder post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
