package org.csip.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one place that knows how the whole of CSIP starts: PostgreSQL, Kafka and Keycloak side by side,
 * then the four services, each awaited until ready with a progress line; closed in reverse order.
 * The README's run command and the system tests both use it.
 */
public final class LocalStack implements AutoCloseable {
    /** Database of each service, created in the stack's PostgreSQL. */
    public static final Map<String, String> DATABASES = Map.of(
            "inspection-service", "inspections",
            "action-plan-service", "action_plans",
            "workforce-service", "workforce");

    /** The four service modules, in the order they start (the gateway last). */
    public static final List<String> MODULES = List.of("inspection-service", "action-plan-service",
            "workforce-service", "gateway");

    private final StackConfig config;
    private final Map<String, List<ServiceLauncher>> replicas = new LinkedHashMap<>();
    private final long startedAt = System.nanoTime();
    private final List<StackPart> parts = Collections.synchronizedList(new ArrayList<>());
    /** When each part was ready, counted from the stack's start (the benchmark's start-up figures). */
    private final Map<String, Duration> readyAt = Collections.synchronizedMap(new LinkedHashMap<>());
    private PostgresLauncher postgres;
    private KafkaLauncher kafka;
    private KeycloakLauncher keycloak;
    private MailServerLauncher mail;
    private final PartStarter starter;
    private volatile boolean closed;

    public LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.starter = new PartStarter(out, startedAt, config.readyTimeout(), config.repoRoot(), () -> closed);
    }

    /** Starts everything and returns when every part is ready; on failure stops what started and throws. */
    public LocalStack start() {
        try {
            Path logs = config.logs();
            postgres = new PostgresLauncher(config.postgresPort(), config.baseDir().resolve("postgres"),
                    logs.resolve("postgres.log"), List.copyOf(DATABASES.values()));
            kafka = new KafkaLauncher(config.kafkaPort(), config.kafkaControllerPort(), config.baseDir().resolve("kafka"),
                    logs.resolve("kafka.log"), Topics.ALL, config.jvmOptions());
            keycloak = keycloak(config, logs.resolve("keycloak.log"));
            mail = new MailServerLauncher(config.smtpPort(), config.imapPort(), config.baseDir().resolve("mail"),
                    logs.resolve("mail.log"));
            // The services start once Keycloak is ready too: their OIDC tenants are set up at start, so a gateway is
            // never ready unable to send a visitor to the login page. Starting them beside Keycloak was measured and
            // bought nothing on two cores (docs/performance.md, scenario 5).
            startTogether(List.of(postgres, kafka, keycloak, mail));
            startTogether(services());
            readyAt.put("stack", elapsed());
            starter.progress("stack", "ready in " + PartStarter.seconds(System.nanoTime() - startedAt));
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private List<StackPart> services() {
        List<StackPart> services = new ArrayList<>();
        for (String module : MODULES) {
            List<ServiceLauncher> replicas = new ArrayList<>();
            for (int replica = 0; replica < config.replicas(); replica++) {
                replicas.add(extraService(replica == 0 ? module : module + "-" + (replica + 1), module,
                        config.port(module, replica)));
            }
            this.replicas.put(module, List.copyOf(replicas));
            services.addAll(replicas);
        }
        return services;
    }

    /**
     * Replica {@code index} (from 0) of a service module, to stop, kill or restart it (the fault-injection tests do).
     */
    public ServiceLauncher replica(String module, int index) {
        List<ServiceLauncher> launchers = replicas.get(module);
        if (launchers == null || index < 0 || index >= launchers.size()) {
            throw new IllegalArgumentException("no replica " + index + " of " + module);
        }
        return launchers.get(index);
    }

    /**
     * Starts one part on its own, outside any stack, and waits until it is ready: how long that took (the benchmark
     * times Keycloak and each service alone this way). The caller stops it.
     */
    public static Duration startAlone(StackPart part, StackConfig config, PrintStream out) {
        long begin = System.nanoTime();
        new PartStarter(out, begin, config.readyTimeout(), config.repoRoot(), () -> false).startAndAwait(part);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** The Keycloak this stack would start (its ports, install and realm), not yet started. */
    public static KeycloakLauncher keycloak(StackConfig config, Path logFile) {
        return new KeycloakLauncher(config.keycloakZip(), config.baseDir().resolve("keycloak-" + Versions.KEYCLOAK),
                config.keycloakPort(), config.keycloakManagementPort(), logFile,
                Map.of("CSIP_GATEWAY_URL", config.gatewayUrl()), config.jvmOptions());
    }

    /** A replica of a service module with this stack's settings for it, on {@code port}; not started. */
    public ServiceLauncher extraService(String name, String module, int port) {
        Map<String, String> properties = serviceProperties(module);
        if ("gateway".equals(module)) {
            properties.put("quarkus.http.cors.origins", "http://localhost:" + port);
        }
        return service(name, module, port, properties);
    }

    /** Starts a part again (after it was stopped or killed) and waits until it is ready. */
    public void restart(StackPart part) {
        starter.startAndAwait(part);
    }

    /** Starts several parts again at once, as an orchestrator would, and waits until every one is ready. */
    public void restartTogether(List<? extends StackPart> group) {
        together(group, this::restart);
    }

    public KafkaLauncher kafka() {
        return kafka;
    }

    public KeycloakLauncher keycloak() {
        return keycloak;
    }

    /** The mail server the services send to (stop it for an SMTP outage; {@link #restart} brings it back). */
    public MailServerLauncher mail() {
        return mail;
    }

    /** Every gateway's base URL, the first (the one the README names) first. */
    public List<String> gatewayUrls() {
        return config.urls("gateway");
    }

    /**
     * The settings this stack gives a service (besides its port): where its database, Kafka, Keycloak and, for the
     * gateway, the other services are. Also what a service started another way (its container image) needs to join.
     */
    public Map<String, String> serviceProperties(String module) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        properties.putAll(config.serviceProperties());
        if ("action-plan-service".equals(module)) {
            properties.put("quarkus.mailer.host", "127.0.0.1");
            properties.put("quarkus.mailer.port", String.valueOf(config.smtpPort()));
            properties.put("csip.notifications.dashboard-url", config.gatewayUrl());
        }
        if (DATABASES.containsKey(module)) {
            properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASES.get(module)));
            properties.put("quarkus.datasource.username", PostgresLauncher.USER);
            properties.put("quarkus.datasource.password", PostgresLauncher.PASSWORD);
        } else {
            // Every replica of each service; the gateway sends requests round the ready ones (UpstreamOrigins).
            properties.put("csip.gateway.upstreams.inspection", String.join(",", config.urls("inspection-service")));
            properties.put("csip.gateway.upstreams.action-plan", String.join(",", config.urls("action-plan-service")));
            properties.put("csip.gateway.upstreams.workforce", String.join(",", config.urls("workforce-service")));
            // One developer's machine: room for the demo's bulk load (some 900 requests) and the system tests.
            properties.putIfAbsent("csip.gateway.rate-limit.burst", "5000");
            properties.putIfAbsent("csip.gateway.rate-limit.per-minute", "20000");
            properties.put("quarkus.http.cors.origins", config.gatewayUrl());
        }
        return properties;
    }

    private ServiceLauncher service(String name, String module, int port, Map<String, String> properties) {
        return new ServiceLauncher(name, config.runnerJar(module), port, properties, config.logs().resolve(name + ".log"),
                config.jvmOptions());
    }

    private void startTogether(List<? extends StackPart> group) {
        together(group, this::startAndAwait);
    }

    private static void together(List<? extends StackPart> group, Consumer<StackPart> launch) {
        ExecutorService pool = Executors.newFixedThreadPool(group.size());
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (StackPart part : group) {
                starts.add(pool.submit(() -> launch.accept(part)));
            }
            for (Future<?> start : starts) {
                await(start);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> start) {
        try {
            start.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StackStartException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("Interrupted while starting the stack", e);
        }
    }

    private void startAndAwait(StackPart part) {
        parts.add(part);
        starter.startAndAwait(part);
        readyAt.put(part.name(), elapsed());
    }

    /** When each part started by {@link #start()} was ready, counted from the stack's start, and the whole stack's. */
    public Map<String, Duration> readyAt() {
        synchronized (readyAt) {
            return Map.copyOf(readyAt);
        }
    }

    public StackConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String issuer() {
        return keycloak.issuer();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public PostgresLauncher postgres() {
        return postgres;
    }

    /** Stops every part that was started, last started first; safe to call twice and from a shutdown hook. */
    @Override
    public synchronized void close() {
        closed = true;
        List<StackPart> toStop;
        synchronized (parts) {
            toStop = new ArrayList<>(parts);
            parts.clear();
        }
        Collections.reverse(toStop);
        for (StackPart part : toStop) {
            try {
                part.close();
                starter.progress(part.name(), "stopped");
            } catch (RuntimeException e) {
                starter.progress(part.name(), "did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /** How long the whole start took so far. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }
}
