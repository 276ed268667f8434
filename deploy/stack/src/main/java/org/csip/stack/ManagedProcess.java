package org.csip.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process with its output in a log file, stopped with its whole process tree so no port stays taken. */
public final class ManagedProcess implements AutoCloseable {
    private final Process process;
    private final Path logFile;

    private ManagedProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code command} in {@code workDir}, appending stdout and stderr to {@code logFile}. */
    public static ManagedProcess start(List<String> command, Path workDir, Map<String, String> env, Path logFile)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(workDir);
        Path pidFile = pidFile(logFile);
        LeftoverProcess.endRecorded(pidFile);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        LeftoverProcess.record(process.toHandle(), pidFile);
        return new ManagedProcess(process, logFile);
    }

    /** Where the running process's pid is kept, beside its log, until it stops. */
    private static Path pidFile(Path logFile) {
        return logFile.resolveSibling(logFile.getFileName() + ".pid");
    }

    /** Runs a command to completion (e.g. formatting Kafka's storage) and fails if it exits non-zero. */
    public static void run(List<String> command, Path workDir, Path logFile, long timeoutSeconds) throws IOException {
        try (ManagedProcess process = start(command, workDir, Map.of(), logFile)) {
            if (!process.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IOException("Command did not finish in " + timeoutSeconds + "s: " + command.get(0));
            }
            if (process.process.exitValue() != 0) {
                throw new IOException("Command failed with exit code " + process.process.exitValue()
                        + "; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /** The java executable of the running JVM, so children run on the same JDK. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process's id (the root of its tree). */
    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Ends the process tree at once with SIGKILL, as a crash or the kernel's out-of-memory killer would. */
    public void kill() {
        List<ProcessHandle> tree = tree(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Process " + handle.pid() + " did not die", e);
            }
        }
    }

    @Override
    public void close() {
        stop(process.toHandle());
    }

    /** Stops {@code root} and everything it started: SIGTERM, then SIGKILL to whatever is still there after 20 s. */
    static void stop(ProcessHandle root) {
        List<ProcessHandle> tree = tree(root);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /** A process and everything it started, children first. */
    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }
}
