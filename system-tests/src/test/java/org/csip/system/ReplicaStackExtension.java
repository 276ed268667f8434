package org.csip.system;

import java.nio.file.Path;
import java.util.Map;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once for the fault-injection tests (tag {@code faults}, their own failsafe run), the whole stack with two
 * replicas of every service and two gateways, through the same {@link LocalStack} as {@code ./csip-local --replicas 2},
 * on ports of its own; no demo story, so what the tests count is only what they wrote.
 */
public class ReplicaStackExtension implements BeforeAllCallback {
    private static LocalStack stack;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (stack == null) {
            Path dir = Path.of(System.getProperty("csip.stack.dir", "target/fault-stack")).toAbsolutePath();
            // Both replicas compose email and look for deadlines every two seconds, each sending every second:
            // ReplicaNoticesIT counts that each notice and message still goes once.
            StackConfig config = StackConfig.faultTest(StackConfig.findRepoRoot(), dir).withServiceProperties(Map.of(
                    "csip.deadlines.cron", "*/2 * * * * ?",
                    "csip.notifications.compose-cron", "*/2 * * * * ?",
                    "csip.notifications.send-every", "1s",
                    "csip.notifications.longest-retry-wait", "PT5S"));
            LocalStack started = new LocalStack(config, System.out);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("csip-replica-stack", (ExtensionContext.Store.CloseableResource) started::close);
            stack = started.start();
        }
    }

    public static LocalStack stack() {
        return stack;
    }
}
