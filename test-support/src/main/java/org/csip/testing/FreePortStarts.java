package org.csip.testing;

import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Starts a test server that finds its ports free and binds them a moment later: anything started in between can take
 * one (Quarkus restarts test resources at every change of test profile, while other sockets open and close), so a
 * start that fails is made again, on ports found afresh, up to three times.
 */
public final class FreePortStarts {
    private static final Logger LOG = Logger.getLogger(FreePortStarts.class);
    private static final int STARTS = 3;

    private FreePortStarts() {
    }

    /** Runs {@code start} (which must leave nothing running when it throws) until it succeeds, three times at most. */
    public static <T> T start(String server, Supplier<T> start) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.get();
            } catch (RuntimeException e) {
                if (attempt == STARTS) {
                    throw e;
                }
                LOG.warnf(e, "The test %s did not start (attempt %d of %d); starting it again on other ports", server,
                        attempt, STARTS);
            }
        }
    }
}
