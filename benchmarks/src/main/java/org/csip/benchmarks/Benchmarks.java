package org.csip.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csip.local.demo.DemoStory;
import org.csip.local.demo.GatewayClient;
import org.csip.stack.LocalStack;
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

    private Benchmarks() {
    }

    public static void main(String[] args) {
        boolean smoke = List.of(args).contains("--smoke");
        Path root = StackConfig.findRepoRoot();
        Path out = root.resolve("target").resolve("benchmarks");
        try (LocalStack stack = new LocalStack(config(root, out), System.out).start()) {
            DemoStory.load(stack);
            Result result = run(stack, smoke ? GatewayOverhead.Plan.SMOKE : GatewayOverhead.Plan.FULL,
                    out.resolve("reports"));
            System.out.println(result.markdown());
            if (!smoke) {
                Path doc = root.resolve("docs").resolve("performance.md");
                write(doc, Section.replace(read(doc), "gateway-overhead", result.markdown()));
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

    /** Every scenario against a running stack whose demo story is loaded. */
    public static Result run(LocalStack stack, GatewayOverhead.Plan plan, Path reports) {
        String token = GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), "director").token();
        String service = stack.config().urls("inspection-service").get(0);
        GatewayOverhead.Result overhead = GatewayOverhead.run(stack.gatewayUrl(), service, READ, token, plan,
                reports.resolve("gateway-overhead"));
        return new Result(LocalDate.now(), overhead);
    }

    /** What a run measured. */
    public record Result(LocalDate on, GatewayOverhead.Result gatewayOverhead) {
        String markdown() {
            return "Measured on " + on + ".\n\n" + GatewayOverhead.markdown(gatewayOverhead);
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
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
