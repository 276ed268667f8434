package org.csip.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csip.local.demo.DemoStory;
import org.csip.local.demo.GatewayClient;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.stack.StackConfig;

/**
 * The benchmark command (docs/performance.md): starts the whole stack through the same launcher as
 * {@code ./csip-local}, on ports of its own, loads the demo story, runs the scenarios with Gatling and writes their
 * figures into docs/performance.md (between the scenario's markers) and Gatling's HTML reports under
 * {@code target/benchmarks/reports}. {@code --smoke} runs each scenario for seconds and writes nothing into docs:
 * the default test command runs it so the benchmark cannot rot.
 */
public final class Benchmarks {
    /** The read of scenario 1: a council's inspections, the list a dashboard and partner systems read most. */
    static final String READ = "/api/inspections?laCode=342";
    static final String GATEWAY_OVERHEAD = "gateway-overhead";
    static final String CHANGE_TO_PARTNER = "change-to-partner";
    static final String RELAY_THROUGHPUT = "relay-throughput";
    static final String PARTNER_PAGES = "partner-pages";
    static final String REPORT_IMPORT = "report-import";
    static final String START_AND_MEMORY = "start-and-memory";
    /** Not a scenario: how long each phase of a full run took (written only by a run of every scenario). */
    static final String RUN_TIME = "run-time";
    /** Every scenario, by its section's name; {@code --only=a,b} runs some. */
    static final Set<String> SCENARIOS = Set.of(GATEWAY_OVERHEAD, CHANGE_TO_PARTNER, RELAY_THROUGHPUT,
            PARTNER_PAGES, REPORT_IMPORT, START_AND_MEMORY);

    private Benchmarks() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        boolean smoke = arguments.contains("--smoke");
        Set<String> only = arguments.stream().filter(arg -> arg.startsWith("--only="))
                .flatMap(arg -> Stream.of(arg.substring("--only=".length()).split(","))).collect(Collectors.toSet());
        if (!SCENARIOS.containsAll(only)) {
            throw new IllegalArgumentException("--only names the scenarios to run, of " + SCENARIOS + "; not " + only);
        }
        long began = System.nanoTime();
        Path root = StackConfig.findRepoRoot();
        Path out = root.resolve("target").resolve("benchmarks");
        Result result = runAll(config(root, out), smoke, out.resolve("reports"), only.isEmpty() ? SCENARIOS : only);
        result.sections().forEach((name, markdown) -> System.out.println(markdown));
        System.out.println(RunClock.markdown(result.took()));
        if (!smoke) {
            Path doc = root.resolve("docs").resolve("performance.md");
            String text = read(doc);
            Map<String, String> sections = new LinkedHashMap<>(result.sections());
            if (only.isEmpty()) {
                // Only a run of every scenario says how long the full run takes.
                sections.put(RUN_TIME, RunClock.markdown(result.took()));
            }
            for (Map.Entry<String, String> section : sections.entrySet()) {
                text = Section.replace(text, section.getKey(), "Measured on " + result.on() + ".\n\n"
                        + section.getValue());
            }
            write(doc, text);
            for (Map.Entry<String, String> chart : result.charts().entrySet()) {
                write(root.resolve("docs").resolve("performance").resolve(chart.getKey() + ".svg"), chart.getValue());
            }
            System.out.println("Wrote the figures into " + doc + "; Gatling's reports are under "
                    + out.resolve("reports"));
        }
        System.out.printf("The benchmark took %.1f minutes (the build before it not counted).%n",
                (System.nanoTime() - began) / 60e9);
    }

    /**
     * The whole run: Keycloak alone first (if start-up is measured), then the stack through the launcher, the demo
     * story, and the scenarios {@code scenarios} names; the stack is stopped before this returns.
     */
    public static Result runAll(StackConfig config, boolean smoke, Path reports, Set<String> scenarios) {
        RunClock clock = new RunClock();
        StartAndMemory.Plan startPlan = smoke ? StartAndMemory.Plan.SMOKE : StartAndMemory.Plan.FULL;
        List<StartAndMemory.Alone> keycloakAlone = scenarios.contains(START_AND_MEMORY)
                ? clock.time("Keycloak started alone (scenario 5)",
                        () -> StartAndMemory.keycloakAlone(config, startPlan, System.out)) : List.of();
        Result result;
        try (LocalStack stack = clock.time("the stack started", () -> new LocalStack(config, System.out).start())) {
            StartAndMemory.StackStart started = scenarios.contains(START_AND_MEMORY)
                    ? StartAndMemory.stackStart(stack) : null;
            clock.time("the demo story loaded", () -> {
                DemoStory.load(stack);
                return null;
            });
            result = run(stack, smoke, reports, scenarios, clock);
            if (started != null) {
                result = result.with(clock.time("5. " + START_AND_MEMORY + " (each service started alone)",
                        () -> StartAndMemory.run(stack, keycloakAlone, started, startPlan, System.out)));
            }
        }
        return result.took(clock.stop());
    }

    /** The benchmarks' stack: ports of its own, and no rate limit in the way of the load. */
    static StackConfig config(Path root, Path out) {
        return StackConfig.benchmark(root, out.resolve("stack")).withServiceProperties(Map.of(
                "csip.gateway.rate-limit.burst", "1000000",
                "csip.gateway.rate-limit.per-minute", "100000000"));
    }

    /** The scenarios {@code scenarios} names against a running stack whose demo story is loaded. */
    static Result run(LocalStack stack, boolean smoke, Path reports, Set<String> scenarios, RunClock clock) {
        GatewayOverhead.Result overhead = null;
        if (scenarios.contains(GATEWAY_OVERHEAD)) {
            String token = GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), "director").token();
            String service = stack.config().urls("inspection-service").get(0);
            overhead = clock.time("1. " + GATEWAY_OVERHEAD, () -> GatewayOverhead.run(stack.gatewayUrl(), service,
                    READ, token, smoke ? GatewayOverhead.Plan.SMOKE : GatewayOverhead.Plan.FULL,
                    reports.resolve(GATEWAY_OVERHEAD)));
        }
        ChangeToPartner.Result change = null;
        if (scenarios.contains(CHANGE_TO_PARTNER)) {
            change = clock.time("2. " + CHANGE_TO_PARTNER, () -> changeToPartner(stack, smoke));
        }
        RelayThroughput.Result relay = null;
        if (scenarios.contains(RELAY_THROUGHPUT)) {
            relay = clock.time("3. " + RELAY_THROUGHPUT, () -> RelayThroughput.run(stack.config().postgresPort(),
                    PostgresLauncher.USER, PostgresLauncher.PASSWORD, stack.kafkaBootstrapServers(),
                    smoke ? RelayThroughput.Plan.SMOKE : RelayThroughput.Plan.FULL));
        }
        // The national data set stays loaded for what follows: report import runs against the country.
        PartnerPages.Result pages = scenarios.contains(PARTNER_PAGES)
                ? clock.time("4. " + PARTNER_PAGES + " (the national data set loaded included)",
                        () -> PartnerPages.run(stack, smoke ? PartnerPages.Plan.SMOKE : PartnerPages.Plan.FULL))
                : null;
        ReportImports.Result imports = null;
        if (scenarios.contains(REPORT_IMPORT)) {
            imports = clock.time("6. " + REPORT_IMPORT, () -> ReportImports.run(stack.gatewayUrl(),
                    () -> GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), "performance.officer").token(),
                    ReportImports.reports(stack.config().repoRoot(),
                            smoke ? ReportImports.Plan.SMOKE : ReportImports.Plan.FULL)));
        }
        return new Result(LocalDate.now(), overhead, change, relay, pages, imports, null, Map.of());
    }

    private static ChangeToPartner.Result changeToPartner(LocalStack stack, boolean smoke) {
        String gateway = stack.gatewayUrl();
        try (ChangeFloor floor = new ChangeFloor("jdbc:postgresql://localhost:" + stack.config().postgresPort()
                + "/action_plans", PostgresLauncher.USER, PostgresLauncher.PASSWORD, stack.kafkaBootstrapServers())) {
            return ChangeToPartner.run(gateway, GatewayClient.signIn(gateway, stack.issuer(), "director"),
                    GatewayClient.signIn(gateway, stack.issuer(), "police.lead"), floor,
                    smoke ? ChangeToPartner.Plan.SMOKE : ChangeToPartner.Plan.FULL);
        }
    }

    /** What a run measured; a scenario not run is null. */
    public record Result(LocalDate on, GatewayOverhead.Result gatewayOverhead, ChangeToPartner.Result change,
                         RelayThroughput.Result relay, PartnerPages.Result pages,
                         ReportImports.Result imports, StartAndMemory.Result start, Map<String, Duration> took) {
        /** The same figures with start-up and memory's (measured last, after the other scenarios' load). */
        Result with(StartAndMemory.Result measured) {
            return new Result(on, gatewayOverhead, change, relay, pages, imports, measured, took);
        }

        /** The same figures with how long each phase of the run took. */
        Result took(Map<String, Duration> phases) {
            return new Result(on, gatewayOverhead, change, relay, pages, imports, start,
                    Collections.unmodifiableMap(new LinkedHashMap<>(phases)));
        }

        /** Each scenario's figures, by the name of its section in docs/performance.md. */
        Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            if (gatewayOverhead != null) {
                sections.put(GATEWAY_OVERHEAD, GatewayOverhead.markdown(gatewayOverhead));
            }
            if (change != null) {
                sections.put(CHANGE_TO_PARTNER, ChangeToPartner.markdown(change));
            }
            if (relay != null) {
                sections.put(RELAY_THROUGHPUT, RelayThroughput.markdown(relay));
            }
            if (pages != null) {
                sections.put(PARTNER_PAGES, PartnerPages.markdown(pages));
            }
            if (imports != null) {
                sections.put(REPORT_IMPORT, ReportImports.markdown(imports));
            }
            if (start != null) {
                sections.put(START_AND_MEMORY, StartAndMemory.markdown(start));
            }
            return sections;
        }

        /** Each scenario's charts, by file name (without {@code .svg}) under docs/performance/. */
        Map<String, String> charts() {
            Map<String, String> charts = new LinkedHashMap<>();
            if (gatewayOverhead != null) {
                charts.putAll(GatewayOverhead.charts(gatewayOverhead));
            }
            if (change != null) {
                charts.putAll(ChangeToPartner.charts(change));
            }
            if (relay != null) {
                charts.putAll(RelayThroughput.charts(relay));
            }
            if (pages != null) {
                charts.putAll(PartnerPages.charts(pages));
            }
            if (imports != null) {
                charts.putAll(ReportImports.charts(imports));
            }
            if (start != null) {
                charts.putAll(StartAndMemory.charts(start));
            }
            return charts;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
