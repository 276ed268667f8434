package org.csip.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** One CSIP Quarkus service run from its built {@code quarkus-app}, configured by system properties. */
public final class ServiceLauncher implements StackPart {
    /** The class archive Quarkus builds beside the runner ({@code quarkus.package.jar.appcds.enabled}). */
    private static final String CLASS_ARCHIVE = "app-cds.jsa";
    private final String name;
    private final Path runnerJar;
    private final int port;
    private final Map<String, String> properties;
    private final Path logFile;
    private final List<String> jvmOptions;
    private ManagedProcess process;

    /** @param jvmOptions added to the JVM's command line after the heap and collector ({@link StackConfig#jvmOptions()}) */
    public ServiceLauncher(String name, Path runnerJar, int port, Map<String, String> properties, Path logFile,
                           List<String> jvmOptions) {
        this.name = name;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.runnerJar = runnerJar;
        this.port = port;
        this.properties = new TreeMap<>(properties);
        this.logFile = logFile;
    }

    @Override
    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void start() throws IOException {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IOException(name + " is not built: " + runnerJar + " is missing (run ./mvnw package)");
        }
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        // Run from the application's own folder, as "-jar quarkus-run.jar": the build's AppCDS archive names the jar
        // by that relative path, and the JVM refuses the archive under any other (docs/performance.md, scenario 5).
        // The services write nothing into their working folder.
        if (Files.isRegularFile(runnerJar.resolveSibling(CLASS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
        }
        command.add("-Dquarkus.http.port=" + port);
        if (!name.startsWith("gateway")) {
            // Its database sessions carry the replica's name, so PostgreSQL's log (a lock wait, say) says whose
            command.add("-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=" + name);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnerJar.getFileName().toString());
        process = ManagedProcess.start(command, runnerJar.getParent(), Map.of(), logFile);
    }

    @Override
    public boolean isReady() {
        return isAlive() && Http.answersOk(url() + "/q/health/ready");
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The service's JVM while it runs (started without a shell). */
    @Override
    public OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    /** Kills the service and its process tree at once (SIGKILL): no shutdown hook, no goodbye to Kafka or clients. */
    public void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
