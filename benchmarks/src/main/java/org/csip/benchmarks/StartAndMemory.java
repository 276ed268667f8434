package org.csip.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.csip.stack.KeycloakLauncher;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.stack.ServiceLauncher;
import org.csip.stack.StackConfig;
import org.csip.stack.StackPart;

/**
 * Scenario 5: how fast CSIP starts and how much memory it holds. Three comparisons, each measured in the same run:
 * <ul>
 *   <li>the whole stack, started by the same launcher as {@code ./csip-local}, against Keycloak started alone on the
 *   same ports from the same install (before the stack, so nothing else runs beside it);</li>
 *   <li>each service started alone against the running stack, against a bare Quarkus service (REST, Hibernate ORM,
 *   PostgreSQL, Kafka in and out, health; {@code benchmarks/bare-service}) started the same way with the same JVM
 *   options, once before the services and once after them (the mean of the two is the yardstick, so a drift of the
 *   shared machine's speed while they start weighs on both sides): time to ready and resident memory (RSS) once
 *   idle;</li>
 *   <li>each of the stack's services' RSS as it was ready and after the other scenarios' load.</li>
 * </ul>
 */
public final class StartAndMemory {
    /** Goals (issue 24): a service ready within 1.5 times the bare one, idle RSS within 1.3 times, the whole stack
     * ready within 1.3 times Keycloak's own start. */
    static final double READY_GOAL = 1.5;
    static final double RSS_GOAL = 1.3;
    static final double STACK_GOAL = 1.3;
    static final String BARE = "bare Quarkus service";
    private static final String BARE_TOPIC = "benchmark-bare-notes";

    /**
     * How many times Keycloak starts alone (the last counts: the first may build it), how long JVMs idle, and how many
     * of the services (in {@link LocalStack#MODULES}' order) are started alone: the smoke run starts one, as every
     * service starts the same way.
     */
    public record Plan(int keycloakStarts, Duration idle, int servicesAlone) {
        public static final Plan FULL = new Plan(2, Duration.ofSeconds(10), LocalStack.MODULES.size());
        public static final Plan SMOKE = new Plan(1, Duration.ofSeconds(1), 1);
    }

    /** One JVM started alone: seconds to ready, the CPU seconds it had used by then, resident memory (KiB) once idle. */
    public record Alone(String name, double readySeconds, double cpuSeconds, long idleRssKiB) {
    }

    /**
     * What the stack did as it started: when each part was ready (s from the stack's start), the CPU seconds each part
     * with a process of its own had used when the stack was ready, and each service's RSS then.
     */
    public record StackStart(Map<String, Double> readyAt, Map<String, Double> cpuSeconds,
                             Map<String, Long> rssAtReadyKiB) {
        double totalCpuSeconds() {
            return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double stackSeconds() {
            return readyAt.get("stack");
        }
    }

    /** The run's figures; {@code bareStarts} are the bare service's, before the services and after them. */
    public record Result(List<Alone> keycloakAlone, StackStart stack, Map<String, Long> rssAfterLoadKiB,
                         List<Alone> services, List<Alone> bareStarts) {
        /** The yardstick: the mean of the bare service's starts. */
        Alone bare() {
            return new Alone(BARE, bareStarts.stream().mapToDouble(Alone::readySeconds).average().orElseThrow(),
                    bareStarts.stream().mapToDouble(Alone::cpuSeconds).average().orElseThrow(),
                    Math.round(bareStarts.stream().mapToLong(Alone::idleRssKiB).average().orElseThrow()));
        }

        /** Keycloak's own start: the last of its starts alone. */
        Alone keycloak() {
            return keycloakAlone.get(keycloakAlone.size() - 1);
        }

        double keycloakSeconds() {
            return keycloak().readySeconds();
        }

        double stackRatio() {
            return stack.stackSeconds() / keycloakSeconds();
        }

        double readyRatio(Alone service) {
            return service.readySeconds() / bare().readySeconds();
        }

        double rssRatio(Alone service) {
            return (double) service.idleRssKiB() / bare().idleRssKiB();
        }
    }

    private StartAndMemory() {
    }

    /** Keycloak alone, as the stack would start it, {@code plan.keycloakStarts()} times. */
    public static List<Alone> keycloakAlone(StackConfig config, Plan plan, PrintStream out) {
        List<Alone> starts = new ArrayList<>();
        for (int start = 1; start <= plan.keycloakStarts(); start++) {
            KeycloakLauncher keycloak = LocalStack.keycloak(config, config.logs().resolve("keycloak-alone.log"));
            try {
                double ready = LocalStack.startAlone(keycloak, config, out).toNanos() / 1e9;
                starts.add(new Alone("keycloak", ready, cpuSeconds(keycloak), rssKiB(keycloak)));
            } finally {
                keycloak.close();
            }
        }
        return List.copyOf(starts);
    }

    /** The stack's start-up figures, straight after {@link LocalStack#start()}. */
    public static StackStart stackStart(LocalStack stack) {
        Map<String, Double> readyAt = new LinkedHashMap<>();
        stack.readyAt().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(part -> readyAt.put(part.getKey(), part.getValue().toNanos() / 1e9));
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("keycloak", cpuSeconds(stack.keycloak()));
        cpu.put("kafka", cpuSeconds(stack.kafka()));
        for (String module : LocalStack.MODULES) {
            cpu.put(module, cpuSeconds(stack.replica(module, 0)));
        }
        return new StackStart(readyAt, cpu, rssOfServices(stack));
    }

    /** Each of the stack's services now (their first replicas). */
    public static Map<String, Long> rssOfServices(LocalStack stack) {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String module : LocalStack.MODULES) {
            rss.put(module, rssKiB(stack.replica(module, 0)));
        }
        return rss;
    }

    /** The bare service, then each service, started alone beside the running stack, timed and weighed once idle. */
    public static Result run(LocalStack stack, List<Alone> keycloakAlone, StackStart started, Plan plan,
                             PrintStream out) {
        Map<String, Long> afterLoad = rssOfServices(stack);
        StackConfig config = stack.config();
        RelayThroughput.createLike(stack.kafkaBootstrapServers(), BARE_TOPIC, "workforce-events");
        Map<String, String> bareSettings = Map.of(
                "quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(LocalStack.DATABASES.get("workforce-service")),
                "quarkus.datasource.username", PostgresLauncher.USER,
                "quarkus.datasource.password", PostgresLauncher.PASSWORD,
                "kafka.bootstrap.servers", stack.kafkaBootstrapServers());
        Alone bareBefore = alone(BARE + ", before the services", bareService(config, bareSettings, "before"), config,
                plan, out);
        List<Alone> services = new ArrayList<>();
        int alone = Math.min(plan.servicesAlone(), LocalStack.MODULES.size());
        for (String module : LocalStack.MODULES.subList(0, alone)) {
            services.add(alone(module, stack.extraService(module + "-alone", module, freePort()), config, plan, out));
        }
        Alone bareAfter = alone(BARE + ", after them", bareService(config, bareSettings, "after"), config, plan, out);
        return new Result(keycloakAlone, started, afterLoad, List.copyOf(services), List.of(bareBefore, bareAfter));
    }

    private static ServiceLauncher bareService(StackConfig config, Map<String, String> settings, String when) {
        return new ServiceLauncher("bare-service",
                config.repoRoot().resolve("benchmarks/bare-service/target/quarkus-app/quarkus-run.jar"), freePort(),
                settings, config.logs().resolve("bare-service-" + when + ".log"), config.jvmOptions());
    }

    private static Alone alone(String name, ServiceLauncher service, StackConfig config, Plan plan, PrintStream out) {
        try {
            double ready = LocalStack.startAlone(service, config, out).toNanos() / 1e9;
            double cpu = cpuSeconds(service);
            pause(plan.idle());
            return new Alone(name, ready, cpu, rssKiB(service));
        } finally {
            service.close();
        }
    }

    /** A running part's process and everything it started (Keycloak runs as a shell script's child JVM). */
    private static Stream<ProcessHandle> tree(StackPart part) {
        long pid = part.pid().orElseThrow(() -> new IllegalStateException(part.name() + " has no process"));
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(part.name()
                + "'s process " + pid + " has ended"));
        return Stream.concat(Stream.of(root), root.descendants());
    }

    /** CPU seconds a part's processes have used so far, user and system. */
    static double cpuSeconds(StackPart part) {
        return tree(part).mapToDouble(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)
                / 1e9).sum();
    }

    /** Resident memory of a part's processes, from Linux's {@code /proc/<pid>/status} ({@code VmRSS}, in KiB). */
    static long rssKiB(StackPart part) {
        return tree(part).mapToLong(process -> rssKiB(process.pid())).sum();
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0; // a process that has just ended, or a zombie
        } catch (IOException e) {
            return 0; // ended between listing and reading
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration idle) {
        try {
            Thread.sleep(idle.toMillis()); // letting a started JVM settle before weighing it: not a test's wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The scenario's charts: ready time and idle RSS of each service against the bare one. */
    static Map<String, String> charts(Result result) {
        List<Chart.Row> ready = new ArrayList<>();
        List<Chart.Row> memory = new ArrayList<>();
        for (Alone service : result.services()) {
            ready.add(new Chart.Row(service.name(), service.readySeconds(), result.bare().readySeconds()));
            memory.add(new Chart.Row(service.name(), service.idleRssKiB() / 1024.0, result.bare().idleRssKiB() / 1024.0));
        }
        ready.add(new Chart.Row("whole stack vs Keycloak alone", result.stack().stackSeconds(), result.keycloakSeconds()));
        return Map.of(
                "start-and-memory-ready", Chart.pairs("Start: time to ready", "s", "CSIP", "bare service / Keycloak alone",
                        ready),
                "start-and-memory-rss", Chart.pairs("Memory: resident once idle", "MiB", "CSIP service",
                        "bare service", memory));
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    static String markdown(Result result) {
        StringBuilder md = new StringBuilder();
        md.append("![Time to ready](performance/start-and-memory-ready.svg)\n");
        md.append("![Resident memory once idle](performance/start-and-memory-rss.svg)\n\n");
        md.append("Each service started alone beside the running stack, against the bare service started the same way"
                + " (same JVM options: `-Xms64m -Xmx384m -XX:+UseSerialGC`):\n\n");
        md.append("| service | ready s | ratio (goal ≤ 1.5) | CPU s to ready | idle RSS MiB | ratio (goal ≤ 1.3) |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Alone bare : result.bareStarts()) {
            bareRow(md, bare.name(), bare);
        }
        bareRow(md, "**" + BARE + ", the mean: the yardstick**", result.bare());
        for (Alone service : result.services()) {
            md.append(String.format(Locale.UK, "| %s | %.1f | %s | %.1f | %.0f | %s |%n", service.name(),
                    service.readySeconds(), judged(result.readyRatio(service), READY_GOAL), service.cpuSeconds(),
                    service.idleRssKiB() / 1024.0, judged(result.rssRatio(service), RSS_GOAL)));
        }
        md.append("\nThe stack's own services (the first replica of each): resident memory when the stack was ready, and"
                + " after the other scenarios' load:\n\n| service | RSS at ready MiB | RSS after the load MiB |\n"
                + "|---|---:|---:|\n");
        for (String module : LocalStack.MODULES) {
            md.append(String.format(Locale.UK, "| %s | %.0f | %.0f |%n", module,
                    result.stack().rssAtReadyKiB().get(module) / 1024.0, result.rssAfterLoadKiB().get(module) / 1024.0));
        }
        md.append("\nThe whole stack: each part ready at (s from the launcher's start), and the CPU seconds each part"
                + " with a process of its own had used when the stack was ready:\n\n| part | ready at s | CPU s |\n"
                + "|---|---:|---:|\n");
        result.stack().readyAt().forEach((part, at) -> md.append(String.format(Locale.UK, "| %s | %.1f | %s |%n", part,
                at, "stack".equals(part) ? String.format(Locale.UK, "%.1f", result.stack().totalCpuSeconds())
                        : result.stack().cpuSeconds().containsKey(part)
                        ? String.format(Locale.UK, "%.1f", result.stack().cpuSeconds().get(part)) : "—")));
        md.append(String.format(Locale.UK, "%nKeycloak alone, same ports and install, before the stack: ready in %s s"
                        + " (the last counts), having used %.1f CPU s.%n%n", String.join(" then ",
                        result.keycloakAlone().stream().map(k -> String.format(Locale.UK, "%.1f", k.readySeconds()))
                                .toList()), result.keycloak().cpuSeconds()));
        md.append("| ratio | measured | goal | met |\n|---|---:|---:|---|\n");
        md.append(String.format(Locale.UK, "| whole stack ready ÷ Keycloak alone | %.2f | ≤ %.1f | %s |%n",
                result.stackRatio(), STACK_GOAL, result.stackRatio() <= STACK_GOAL ? "yes" : "**no**"));
        double slowest = result.services().stream().mapToDouble(result::readyRatio).max().orElse(Double.NaN);
        double heaviest = result.services().stream().mapToDouble(result::rssRatio).max().orElse(Double.NaN);
        md.append(String.format(Locale.UK, "| slowest service ready ÷ bare | %.2f | ≤ %.1f | %s |%n", slowest,
                READY_GOAL, slowest <= READY_GOAL ? "yes" : "**no**"));
        md.append(String.format(Locale.UK, "| heaviest service idle RSS ÷ bare | %.2f | ≤ %.1f | %s |%n", heaviest,
                RSS_GOAL, heaviest <= RSS_GOAL ? "yes" : "**no**"));
        int cores = Runtime.getRuntime().availableProcessors();
        md.append(String.format(Locale.UK, "%nOn %d cores, the CPU the stack's parts needed to be ready (%.1f s) cannot"
                        + " take less than %.1f s of wall time however they are ordered: %.2f times Keycloak's own"
                        + " start.%n", cores, result.stack().totalCpuSeconds(), result.stack().totalCpuSeconds() / cores,
                result.stack().totalCpuSeconds() / cores / result.keycloakSeconds()));
        return md.toString();
    }

    /** A row of the bare service, which is judged against nothing: one of its starts, or their mean. */
    private static void bareRow(StringBuilder md, String label, Alone bare) {
        md.append(String.format(Locale.UK, "| %s | %.1f | — | %.1f | %.0f | — |%n", label, bare.readySeconds(),
                bare.cpuSeconds(), bare.idleRssKiB() / 1024.0));
    }

    private static String judged(double ratio, double goal) {
        return String.format(Locale.UK, ratio <= goal ? "%.2f" : "**%.2f**", ratio);
    }
}
