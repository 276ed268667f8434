package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PartStarterTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PartStarter starter = new PartStarter(new PrintStream(printed, true, StandardCharsets.UTF_8),
            System.nanoTime(), Duration.ofSeconds(1), Path.of("/repo"), () -> false);

    @Test
    void aPartThatNeverBecomesReadyTimesOutNamingItselfAndItsLog() {
        StackStartException e = assertThrows(StackStartException.class,
                () -> starter.startAndAwait(new FakePart(Integer.MAX_VALUE, true, null)));
        assertTrue(e.getMessage().contains("fake was not ready after 1s"), e.getMessage());
        assertTrue(e.getMessage().contains("/repo/target/local/logs/fake.log"), e.getMessage());
        assertTrue(output().contains("fake                 starting (log: target/local/logs/fake.log)"), output());
    }

    @Test
    void aPartWhoseProcessExitsFailsAtOnceNotAfterTheTimeout() {
        long begin = System.nanoTime();
        StackStartException e = assertThrows(StackStartException.class,
                () -> starter.startAndAwait(new FakePart(Integer.MAX_VALUE, false, null)));
        assertTrue(e.getMessage().contains("fake stopped while starting — see its log"), e.getMessage());
        assertTrue(System.nanoTime() - begin < Duration.ofSeconds(1).toNanos(), "waited for the timeout");
    }

    @Test
    void aPartThatCannotStartSaysWhy() {
        StackStartException e = assertThrows(StackStartException.class,
                () -> starter.startAndAwait(new FakePart(0, true, new IOException("port 8080 is taken"))));
        assertTrue(e.getMessage().contains("fake failed to start: port 8080 is taken"), e.getMessage());
    }

    @Test
    void aPartThatBecomesReadyIsReportedWithItsTime() {
        assertDoesNotThrow(() -> starter.startAndAwait(new FakePart(2, true, null)));
        assertTrue(output().matches("(?s).*fake +ready in \\d+\\.\\ds.*"), output());
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** A part that is ready after a number of probes, may be dead, and may fail to start. */
    private static final class FakePart implements StackPart {
        private final int probesUntilReady;
        private final boolean alive;
        private final Exception startFailure;
        private final AtomicInteger probes = new AtomicInteger();

        FakePart(int probesUntilReady, boolean alive, Exception startFailure) {
            this.probesUntilReady = probesUntilReady;
            this.alive = alive;
            this.startFailure = startFailure;
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public void start() throws Exception {
            if (startFailure != null) {
                throw startFailure;
            }
        }

        @Override
        public boolean isReady() {
            return probes.incrementAndGet() > probesUntilReady;
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public Path logFile() {
            return Path.of("/repo/target/local/logs/fake.log");
        }

        @Override
        public void close() {
        }
    }
}
