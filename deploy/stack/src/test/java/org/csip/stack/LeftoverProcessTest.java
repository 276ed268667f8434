package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverProcessTest {
    @TempDir
    Path dir;
    private Process other;

    @AfterEach
    void stopOther() {
        if (other != null) {
            other.destroyForcibly();
        }
    }

    @Test
    void aProcessLeftByAnEarlierRunIsEndedWhenThePartStartsAgain() throws Exception {
        Path log = dir.resolve("logs/part.log");
        ManagedProcess leftover = ManagedProcess.start(List.of("sleep", "300"), dir, Map.of(), log);
        assertTrue(leftover.isAlive());

        // the earlier run's JVM died without closing it; the next run starts the same part
        try (ManagedProcess next = ManagedProcess.start(List.of("sleep", "300"), dir, Map.of(), log)) {
            assertTrue(waitForExit(leftover), "the leftover process still runs");
            assertTrue(next.isAlive());
        }
    }

    @Test
    void aPidFileWhosePidNowBelongsToAnotherProcessIsLeftAlone() throws Exception {
        other = new ProcessBuilder("sleep", "300").start();
        Path pidFile = dir.resolve("part.log.pid");
        Files.writeString(pidFile, other.pid() + " 2001-01-01T00:00:00Z\n");

        LeftoverProcess.endRecorded(pidFile);

        assertTrue(other.isAlive(), "a process that only reused the pid was ended");
        assertFalse(Files.exists(pidFile));
    }

    @Test
    void aPostgresServerLeftOnThisDataDirectoryIsEnded() throws Exception {
        Path postgres = Files.copy(Path.of("/bin/sleep"), dir.resolve("postgres")); // a process named as the server
        assertTrue(postgres.toFile().setExecutable(true));
        other = new ProcessBuilder(postgres.toString(), "300").start();
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Files.writeString(dataDir.resolve("postmaster.pid"), other.pid() + "\n" + dataDir + "\n1700000000\n22432\n");

        LeftoverProcess.endPostgres(dataDir);

        assertTrue(other.waitFor(15, TimeUnit.SECONDS), "the leftover server still runs");
    }

    @Test
    void aPostgresPidFileOfAnotherDataDirectoryIsLeftAlone() throws IOException {
        other = new ProcessBuilder("sleep", "300").start();
        Path dataDir = Files.createDirectories(dir.resolve("postgres"));
        Files.writeString(dataDir.resolve("postmaster.pid"), other.pid() + "\n/somewhere/else\n");

        LeftoverProcess.endPostgres(dataDir);

        assertTrue(other.isAlive(), "a server on another data directory was ended");
    }

    private static boolean waitForExit(ManagedProcess process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling a process's exit, not synchronising on timing
        }
        return !process.isAlive();
    }
}
