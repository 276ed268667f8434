package org.csip.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The physical floor under a change reaching a partner (scenario 2), on the same PostgreSQL and Kafka as the stack: a
 * row inserted and committed on its own (what a change costs the database at least), then the same bytes produced
 * to Kafka with the relay's settings and consumed by a bare consumer (what carrying it costs at least). Each change is
 * timed from the start of its insert to its arrival at the consumer, split into the two parts. Nothing of CSIP's runs:
 * no HTTP, no token, no outbox, no relay pass, no feed.
 */
final class ChangeFloor implements AutoCloseable {
    private static final String TABLE = "benchmark_floor_change";
    private static final String TOPIC = "benchmark-floor";
    /** Enough connections that commits at 200 a second never queue behind one another on this machine. */
    private static final int CONNECTIONS = 4;

    /** One change's two parts, in ms: the commit, and produce→consume. */
    record Timing(double commitMillis, double carryMillis) {
        double totalMillis() {
            return commitMillis + carryMillis;
        }
    }

    private final List<Connection> connections = new ArrayList<>();
    private final ThreadLocal<PreparedStatement> insert = new ThreadLocal<>();
    private final ExecutorService committers;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Thread consuming;
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private final String jdbc;
    private final String user;
    private final String password;
    private volatile boolean closed;

    ChangeFloor(String jdbc, String user, String password, String bootstrapServers) {
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigserial PRIMARY KEY, mark text NOT NULL,"
                    + " payload jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())");
        } catch (SQLException e) {
            throw new IllegalStateException("The floor could not create its table: " + e, e);
        }
        RelayThroughput.createLike(bootstrapServers, TOPIC, "action-plan-events");
        committers = Executors.newFixedThreadPool(CONNECTIONS, runnable -> {
            Thread thread = new Thread(runnable, "floor-commit");
            thread.setDaemon(true);
            return thread;
        });
        producer = new KafkaProducer<>(RelayThroughput.relaySettings(bootstrapServers));
        consumer = RelayThroughput.reader(bootstrapServers);
        List<TopicPartition> partitions = RelayThroughput.partitions(consumer, TOPIC);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // the seek is done before anything is produced
        consuming = new Thread(this::consume, "floor-consumer");
        consuming.setDaemon(true);
        consuming.start();
    }

    /** One change: committed on a connection of the pool, then produced; completes when it is consumed. */
    CompletableFuture<Timing> change(String payload) {
        String mark = UUID.randomUUID().toString();
        CompletableFuture<Long> arrival = arrivals.computeIfAbsent(mark, m -> new CompletableFuture<>());
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            commit(mark, payload);
            long committed = System.nanoTime();
            producer.send(new ProducerRecord<>(TOPIC, mark, payload));
            return new long[] {start, committed};
        }, committers).thenCombine(arrival, (times, arrived) ->
                new Timing((times[1] - times[0]) / 1e6, (arrived - times[1]) / 1e6))
                .orTimeout(30, TimeUnit.SECONDS);
    }

    private void commit(String mark, String payload) {
        try {
            PreparedStatement statement = insert.get();
            if (statement == null) {
                Connection db = DriverManager.getConnection(jdbc, user, password);
                synchronized (connections) {
                    connections.add(db);
                }
                statement = db.prepareStatement("INSERT INTO " + TABLE + " (mark, payload) VALUES (?, CAST(? AS jsonb))");
                insert.set(statement);
            }
            statement.setString(1, mark);
            statement.setString(2, payload);
            statement.executeUpdate(); // autocommit: one transaction, committed (and flushed) on its own
        } catch (SQLException e) {
            throw new IllegalStateException("The floor's commit failed: " + e, e);
        }
    }

    private void consume() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    long at = System.nanoTime();
                    arrivals.computeIfAbsent(record.key(), m -> new CompletableFuture<>()).complete(at);
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        committers.shutdownNow();
        producer.close(Duration.ofSeconds(5));
        synchronized (connections) {
            for (Connection db : connections) {
                try {
                    db.close();
                } catch (SQLException e) {
                    // closing anyway
                }
            }
        }
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
        } catch (SQLException e) {
            // the table only holds the floor's rows; the next run reuses it
        }
    }
}
