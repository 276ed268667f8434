package org.csip.system;

import java.nio.file.Path;
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
            LocalStack started = new LocalStack(StackConfig.faultTest(StackConfig.findRepoRoot(), dir), System.out);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("csip-replica-stack", (ExtensionContext.Store.CloseableResource) started::close);
            stack = started.start();
        }
    }

    public static LocalStack stack() {
        return stack;
    }
}
