package org.csip.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Starts one part and waits until it is ready, printing a progress line as it goes; a part that exits or
 * is not ready in time stops the start with a message naming it and its log.
 */
final class PartStarter {
    private static final int LOG_TAIL = 20;
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
                    + " — see its log: " + part.logFile() + lastLines(part.logFile()), e);
        }
        long deadline = begin + readyTimeout.toNanos();
        while (!part.isReady()) {
            if (stopped.getAsBoolean()) {
                throw new StackStartException("Stopped while " + part.name() + " was starting");
            }
            if (!part.isAlive()) {
                throw new StackStartException(part.name() + " stopped while starting — see its log: "
                        + part.logFile() + lastLines(part.logFile()));
            }
            if (System.nanoTime() > deadline) {
                throw new StackStartException(part.name() + " was not ready after "
                        + readyTimeout.toSeconds() + "s — see its log: " + part.logFile() + lastLines(part.logFile()));
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

    /** The end of a part's log, so a failure on a machine whose files are gone (CI) still shows why. */
    static String lastLines(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return "; it ends:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
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
