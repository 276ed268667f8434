package org.csip.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    static final String RELAY_THROUGHPUT = "relay-throughput";
    static final String REPORT_IMPORT = "report-import";
    /** Every scenario, by its section's name; {@code --only=a,b} runs some. */
    static final Set<String> SCENARIOS = Set.of(GATEWAY_OVERHEAD, RELAY_THROUGHPUT, REPORT_IMPORT);

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
        Path root = StackConfig.findRepoRoot();
        Path out = root.resolve("target").resolve("benchmarks");
        try (LocalStack stack = new LocalStack(config(root, out), System.out).start()) {
            DemoStory.load(stack);
            Result result = run(stack, smoke, out.resolve("reports"), only.isEmpty() ? SCENARIOS : only);
            result.sections().forEach((name, markdown) -> System.out.println(markdown));
            if (!smoke) {
                Path doc = root.resolve("docs").resolve("performance.md");
                String text = read(doc);
                for (Map.Entry<String, String> section : result.sections().entrySet()) {
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
        }
    }

    /** The benchmarks' stack: ports of its own, and no rate limit in the way of the load. */
    static StackConfig config(Path root, Path out) {
        return StackConfig.benchmark(root, out.resolve("stack")).withServiceProperties(Map.of(
                "csip.gateway.rate-limit.burst", "1000000",
                "csip.gateway.rate-limit.per-minute", "100000000"));
    }

    /** The scenarios {@code scenarios} names against a running stack whose demo story is loaded. */
    public static Result run(LocalStack stack, boolean smoke, Path reports, Set<String> scenarios) {
        GatewayOverhead.Result overhead = null;
        if (scenarios.contains(GATEWAY_OVERHEAD)) {
            String token = GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), "director").token();
            String service = stack.config().urls("inspection-service").get(0);
            overhead = GatewayOverhead.run(stack.gatewayUrl(), service, READ, token,
                    smoke ? GatewayOverhead.Plan.SMOKE : GatewayOverhead.Plan.FULL, reports.resolve(GATEWAY_OVERHEAD));
        }
        RelayThroughput.Result relay = null;
        if (scenarios.contains(RELAY_THROUGHPUT)) {
            relay = RelayThroughput.run(stack.config().postgresPort(), PostgresLauncher.USER, PostgresLauncher.PASSWORD,
                    stack.kafkaBootstrapServers(), smoke ? RelayThroughput.Plan.SMOKE : RelayThroughput.Plan.FULL);
        }
        ReportImports.Result imports = null;
        if (scenarios.contains(REPORT_IMPORT)) {
            imports = ReportImports.run(stack.gatewayUrl(), () -> GatewayClient.signIn(stack.gatewayUrl(),
                    stack.issuer(), "performance.officer").token(), ReportImports.reports(stack.config().repoRoot(),
                    smoke ? ReportImports.Plan.SMOKE : ReportImports.Plan.FULL));
        }
        return new Result(LocalDate.now(), overhead, relay, imports);
    }

    /** What a run measured; a scenario not run is null. */
    public record Result(LocalDate on, GatewayOverhead.Result gatewayOverhead, RelayThroughput.Result relay,
                         ReportImports.Result imports) {
        /** Each scenario's figures, by the name of its section in docs/performance.md. */
        Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            if (gatewayOverhead != null) {
                sections.put(GATEWAY_OVERHEAD, GatewayOverhead.markdown(gatewayOverhead));
            }
            if (relay != null) {
                sections.put(RELAY_THROUGHPUT, RelayThroughput.markdown(relay));
            }
            if (imports != null) {
                sections.put(REPORT_IMPORT, ReportImports.markdown(imports));
            }
            return sections;
        }

        /** Each scenario's charts, by file name (without {@code .svg}) under docs/performance/. */
        Map<String, String> charts() {
            Map<String, String> charts = new LinkedHashMap<>();
            if (gatewayOverhead != null) {
                charts.putAll(GatewayOverhead.charts(gatewayOverhead));
            }
            if (relay != null) {
                charts.putAll(RelayThroughput.charts(relay));
            }
            if (imports != null) {
                charts.putAll(ReportImports.charts(imports));
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
