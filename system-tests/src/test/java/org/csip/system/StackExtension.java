package org.csip.system;

import java.nio.file.Path;
import java.util.Map;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once for all system tests, through the same {@link LocalStack} the README's run
 * command uses (real PostgreSQL, Kafka and Keycloak, the four services, the demo story), and stops it when
 * they end.
 */
public class StackExtension implements BeforeAllCallback {
    private static LocalStack stack;
    private static TraceCollector traces;
    private static org.csip.local.demo.DemoStory.Summary demo;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (stack == null) {
            Path dir = Path.of(System.getProperty("csip.stack.dir", "target/stack")).toAbsolutePath();
            // Every service records every trace and sends it to a collector the tests read (TracingIT).
            try {
                traces = TraceCollector.start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            StackConfig config = StackConfig.systemTest(StackConfig.findRepoRoot(), dir).withServiceProperties(Map.of(
                    "quarkus.otel.traces.sampler.arg", "1.0",
                    "quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint(),
                    "quarkus.otel.bsp.schedule.delay", "200ms",
                    // Email is composed every few seconds here (daily in a real deployment) so NotificationsIT
                    // sees the once-per-period rule hold across many runs; each period's message still goes once.
                    "csip.notifications.compose-cron", "*/3 * * * * ?",
                    "csip.notifications.send-every", "1s",
                    "csip.notifications.longest-retry-wait", "PT5S"));
            LocalStack started = new LocalStack(config, System.out);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("csip-stack", (ExtensionContext.Store.CloseableResource) () -> {
                        started.close();
                        traces.close();
                    });
            stack = started.start();
            // As the README's run command does: the demo story goes in through the gateway.
            demo = org.csip.local.demo.DemoStory.load(stack);
        }
    }

    /** What loading the demo story did when the stack started. */
    public static org.csip.local.demo.DemoStory.Summary demo() {
        return demo;
    }

    /** The spans the stack's services have exported. */
    public static TraceCollector traces() {
        return traces;
    }

    public static LocalStack stack() {
        return stack;
    }
}
