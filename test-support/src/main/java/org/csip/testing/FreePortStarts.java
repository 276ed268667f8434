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
                // One line, not the trace: a port taken between is all it says (and FreePortStartsTest fails on purpose).
                LOG.warnf("The test %s did not start (attempt %d of %d: %s); starting it again on other ports", server,
                        attempt, STARTS, causes(e));
            }
        }
    }

    /** The exception and each cause under it, in a line. */
    private static String causes(Throwable e) {
        StringBuilder line = new StringBuilder(String.valueOf(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            line.append(" / ").append(cause);
        }
        return line.toString();
    }
}
