package org.csip.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where the stack keeps its files, which ports it uses and how many replicas of each service it runs. The local run
 * and the system tests use different ports, so tests can run while a developer's stack is up. Replica {@code n}
 * (from 0) of a service listens {@code 10 × n} above the first: with two, the gateways are on 8080 and 8090.
 */
public record StackConfig(Path repoRoot, Path baseDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
                          int keycloakPort, int keycloakManagementPort, int gatewayPort, int inspectionPort,
                          int actionPlanPort, int workforcePort, int smtpPort, int imapPort, Duration readyTimeout,
                          Map<String, String> serviceProperties, int replicas, List<String> jvmOptions) {
    /** Replicas of one service a stack may run: their ports must stay clear of the next service's. */
    public static final int MAX_REPLICAS = 5;

    /**
     * What the test stacks add to every JVM they start (the services, Kafka, Keycloak): the JIT's first tier only, as
     * Quarkus's own dev mode does to start faster (a trade it keeps to development). On two cores, ten JVMs
     * compiling with C2 at once took over a third of the CPU and doubled the fault suite (docs/reliability.md). The JIT tier
     * changes how fast code runs, never what it does; the local run and the benchmarks keep the full JIT.
     */
    public static final List<String> TEST_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    public StackConfig {
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", not " + replicas);
        }
        serviceProperties = Map.copyOf(serviceProperties);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The developer's stack: the ports in the README, files under {@code target/local}. */
    public static StackConfig local(Path repoRoot) {
        return new StackConfig(repoRoot, repoRoot.resolve("target").resolve("local"), 15432, 19092, 19093,
                8180, 9180, 8080, 8081, 8082, 8083, 1025, 1143, Duration.ofMinutes(5), Map.of(), 1, List.of());
    }

    /** The system tests' stack: its own ports and folder, its JVMs quick to start ({@link #TEST_JVM_OPTIONS}). */
    public static StackConfig systemTest(Path repoRoot, Path baseDir) {
        return new StackConfig(repoRoot, baseDir, 25432, 29092, 29093, 28180, 29180, 28080, 28081, 28082, 28083,
                28025, 28143, Duration.ofMinutes(5), Map.of(), 1, TEST_JVM_OPTIONS);
    }

    /**
     * The fault-injection tests' stack: two of each service, on ports of its own and in a folder of its own. Every
     * fixed port is below Linux's ephemeral range (32768–60999): a client socket given one of those ports by the kernel
     * would stop a server that restarts from binding it ("Address already in use"). Its JVMs are quick to start
     * ({@link #TEST_JVM_OPTIONS}).
     */
    public static StackConfig faultTest(Path repoRoot, Path baseDir) {
        return new StackConfig(repoRoot, baseDir, 22432, 23092, 23093, 22180, 23180, 22080, 22081, 22082, 22083,
                22025, 22143, Duration.ofMinutes(5), Map.of(), 2, TEST_JVM_OPTIONS);
    }

    /** The benchmarks' stack (the {@code benchmarks} module): its own ports, below the ephemeral range, and folder. */
    public static StackConfig benchmark(Path repoRoot, Path baseDir) {
        return new StackConfig(repoRoot, baseDir, 24432, 26092, 26093, 24180, 24280, 24080, 24081, 24082, 24083,
                24025, 24143, Duration.ofMinutes(5), Map.of(), 1, List.of());
    }

    /** The same stack with these settings given to all four services as well (e.g. where to send traces). */
    public StackConfig withServiceProperties(Map<String, String> properties) {
        return new StackConfig(repoRoot, baseDir, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                keycloakManagementPort, gatewayPort, inspectionPort, actionPlanPort, workforcePort, smtpPort, imapPort,
                readyTimeout,
                properties, replicas, jvmOptions);
    }

    /** The same stack with {@code count} replicas of each of the four services. */
    public StackConfig withReplicas(int count) {
        return new StackConfig(repoRoot, baseDir, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                keycloakManagementPort, gatewayPort, inspectionPort, actionPlanPort, workforcePort, smtpPort, imapPort,
                readyTimeout,
                serviceProperties, count, jvmOptions);
    }

    /** The same stack with these options added to every JVM it starts (see {@link #TEST_JVM_OPTIONS}). */
    public StackConfig withJvmOptions(List<String> options) {
        return new StackConfig(repoRoot, baseDir, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                keycloakManagementPort, gatewayPort, inspectionPort, actionPlanPort, workforcePort, smtpPort, imapPort,
                readyTimeout, serviceProperties, replicas, options);
    }

    /** The port replica {@code replica} (from 0) of a service module listens on. */
    public int port(String module, int replica) {
        return port(module) + 10 * replica;
    }

    /** The base URL of every replica of a service module, first replica first. */
    public List<String> urls(String module) {
        return IntStream.range(0, replicas).mapToObj(r -> "http://localhost:" + port(module, r)).toList();
    }

    public Path logs() {
        return baseDir.resolve("logs");
    }

    public Path keycloakZip() {
        return repoRoot.resolve("deploy/stack/target/dist/keycloak-quarkus-dist-" + Versions.KEYCLOAK + ".zip");
    }

    public Path runnerJar(String module) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The port a service module listens on in this stack. */
    public int port(String module) {
        return switch (module) {
            case "inspection-service" -> inspectionPort;
            case "action-plan-service" -> actionPlanPort;
            case "workforce-service" -> workforcePort;
            case "gateway" -> gatewayPort;
            default -> throw new IllegalArgumentException("no such service: " + module);
        };
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** Finds the repository root (the folder holding {@code mvnw}) from the working directory upwards. */
    public static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (p.resolve("mvnw").toFile().isFile() && p.resolve("deploy").toFile().isDirectory()) {
                return p;
            }
        }
        throw new IllegalStateException("Not inside the CSIP repository (no mvnw above " + dir + ")");
    }
}
