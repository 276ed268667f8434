package org.csip.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ends a server that an earlier run of this stack left behind when its JVM was killed (SIGKILL skips shutdown hooks,
 * children outlive their parent and pg_ctl daemonises PostgreSQL), so it does not hold the port the next start needs.
 * Only a process recorded in this checkout's own pid file, and still the same process, is touched.
 */
final class LeftoverProcess {
    private LeftoverProcess() {
    }

    /** Records {@code process} in {@code pidFile} as "pid start-instant", for {@link #endRecorded(Path)} later. */
    static void record(ProcessHandle process, Path pidFile) throws IOException {
        String started = process.info().startInstant().map(Instant::toString).orElse("-");
        Files.writeString(pidFile, process.pid() + " " + started + "\n", StandardCharsets.UTF_8);
    }

    /** Ends the process tree recorded in {@code pidFile}, if it still runs and started when recorded. */
    static void endRecorded(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> fields = List.of(Files.readString(pidFile, StandardCharsets.UTF_8).trim().split("\\s+"));
        Files.delete(pidFile);
        Optional<ProcessHandle> recorded = parsePid(fields.get(0)).flatMap(ProcessHandle::of);
        if (recorded.isEmpty()) {
            return;
        }
        ProcessHandle process = recorded.get();
        String started = process.info().startInstant().map(Instant::toString).orElse("-");
        if (fields.size() > 1 && !fields.get(1).equals(started)) {
            return; // the pid now belongs to some other process
        }
        ManagedProcess.stop(process);
    }

    /**
     * Ends the PostgreSQL server still running on {@code dataDir}: its {@code postmaster.pid} names the postmaster and
     * the data directory it serves, which must be this one.
     */
    static void endPostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !Path.of(lines.get(1).trim()).toAbsolutePath().normalize()
                .equals(dataDir.toAbsolutePath().normalize())) {
            return;
        }
        Optional<ProcessHandle> postmaster = parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (postmaster.isPresent() && postmaster.get().info().command().map(c -> c.endsWith("postgres")).orElse(true)) {
            ManagedProcess.stop(postmaster.get());
        }
    }

    private static Optional<Long> parsePid(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
