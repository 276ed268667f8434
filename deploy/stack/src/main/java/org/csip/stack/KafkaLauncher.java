package org.csip.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node KRaft Kafka broker from {@code org.apache.kafka:kafka_2.13}, run in its own JVM: storage
 * formatted, then {@code kafka.Kafka} started; once it answers, CSIP's topics are created.
 */
public final class KafkaLauncher implements StackPart {
    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final Path logFile;
    private final List<TopicSpec> topics;
    private final List<String> jvmOptions;
    private ManagedProcess broker;
    private volatile boolean topicsCreated;
    /** Set by {@link #stopKeepingData()}: the next {@link #start()} brings back the same broker, its data intact. */
    private volatile boolean keepData;

    /** A topic CSIP needs, with its partition count. */
    public record TopicSpec(String name, int partitions) {
    }

    /** @param jvmOptions added to the broker's JVM command line ({@link StackConfig#jvmOptions()}) */
    public KafkaLauncher(int port, int controllerPort, Path dir, Path logFile, List<TopicSpec> topics,
                         List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
        this.logFile = logFile;
        this.topics = List.copyOf(topics);
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Stops the broker (as a clean shutdown) and keeps its data, so {@link #start()} brings the same broker back. */
    public void stopKeepingData() {
        close();
        keepData = true;
    }

    @Override
    public void start() throws IOException {
        Path config = dir.resolve("server.properties");
        Path logConfig = dir.resolve("log4j2.properties");
        if (keepData && Files.isRegularFile(config)) {
            keepData = false;
            startBroker(config, logConfig);
            return;
        }
        Folders.deleteRecursively(dir);
        Files.createDirectories(dir);
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dir.resolve("data").toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        try (var writer = Files.newBufferedWriter(config)) {
            properties.store(writer, "CSIP local single-node KRaft broker");
        }
        Files.writeString(logConfig, String.join("\n",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.stdout.ref = STDOUT", ""));
        ManagedProcess.run(List.of(ManagedProcess.javaExecutable(), "-Dlog4j2.configurationFile=" + logConfig, "-cp",
                LaunchClasspath.current(), "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()), dir, logFile, 120);
        startBroker(config, logConfig);
    }

    private void startBroker(Path config, Path logConfig) throws IOException {
        String logging = "-Dlog4j2.configurationFile=" + logConfig;
        String classpath = LaunchClasspath.current();
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of(logging, "-cp", classpath, "kafka.Kafka", config.toString()));
        broker = ManagedProcess.start(command, dir, Map.of(), logFile);
    }

    @Override
    public boolean isReady() {
        if (broker == null || !broker.isAlive()) {
            return false;
        }
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(properties)) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            if (!topicsCreated) {
                createTopics(admin);
                topicsCreated = true;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void createTopics(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        for (TopicSpec topic : topics) {
            try {
                admin.createTopics(List.of(new NewTopic(topic.name(), topic.partitions(), (short) 1)))
                        .all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public OptionalLong pid() {
        return broker == null ? OptionalLong.empty() : OptionalLong.of(broker.pid());
    }

    @Override
    public boolean isAlive() {
        return broker != null && broker.isAlive();
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
