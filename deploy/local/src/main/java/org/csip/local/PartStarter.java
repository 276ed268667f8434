package org.csip.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Starts one part and waits until it is ready, printing a progress line as it goes; a part that exits or
 * is not ready in time stops the start with a message naming it and its log.
 */
final class PartStarter {
    private final PrintStream out;
    private final long stackStartedAt;
    private final Duration readyTimeout;
    private final Path repoRoot;
    private final BooleanSupplier stopped;

    PartStarter(PrintStream out, long stackStartedAt, Duration readyTimeout, Path repoRoot, BooleanSupplier stopped) {
        this.out = out;
        this.stackStartedAt = stackStartedAt;
        this.readyTimeout = readyTimeout;
        this.repoRoot = repoRoot;
        this.stopped = stopped;
    }

    void startAndAwait(StackPart part) {
        long begin = System.nanoTime();
        progress(part.name(), "starting (log: " + shown(part.logFile()) + ")");
        try {
            part.start();
        } catch (Exception e) {
            throw new StackStartException(part.name() + " failed to start: " + e.getMessage()
                    + " — see its log: " + part.logFile(), e);
        }
        long deadline = begin + readyTimeout.toNanos();
        while (!part.isReady()) {
            if (stopped.getAsBoolean()) {
                throw new StackStartException("Stopped while " + part.name() + " was starting");
            }
            if (!part.isAlive()) {
                throw new StackStartException(part.name() + " stopped while starting — see its log: "
                        + part.logFile());
            }
            if (System.nanoTime() > deadline) {
                throw new StackStartException(part.name() + " was not ready after "
                        + readyTimeout.toSeconds() + "s — see its log: " + part.logFile());
            }
            try {
                Thread.sleep(250); // polling a server's readiness probe, not synchronising a test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("Interrupted while waiting for " + part.name(), e);
            }
        }
        progress(part.name(), "ready in " + seconds(System.nanoTime() - begin));
    }

    void progress(String part, String what) {
        out.printf("[%6.1fs] %-20s %s%n", (System.nanoTime() - stackStartedAt) / 1e9, part, what);
        out.flush();
    }

    static String seconds(long nanos) {
        return String.format("%.1fs", nanos / 1e9);
    }

    private String shown(Path log) {
        return log.startsWith(repoRoot) ? repoRoot.relativize(log).toString() : log.toString();
    }
}
