package org.csip.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 3: how many events a second the outbox relay publishes, against a raw Kafka producer sending the same
 * records to the same topic in the same run. The events are written straight into the workforce-service's outbox in
 * one transaction (as if that many changes had committed at once), of a type no service applies and naming no council
 * (so no partner's feed shows them); the relay's rate is the events over the time between its first and last send of
 * them, read from their records' timestamps once every one has left the relay's queue. The raw producer sends the
 * same keys, headers and bodies with the relay's producer settings (acks=all, idempotent), all at once, then flushes;
 * then again keeping the relay's ordering rule (an aggregate's next record only once its previous one is
 * acknowledged), which is the floor for any relay that keeps that rule. Every sender first sends a warm-up round
 * that is not measured, and each measured one starts once the topic's consumers have caught up.
 */
public final class RelayThroughput {
    /** The relay's goal: at least half the raw producer's rate (issue 24). */
    static final double GOAL = 0.5;
    static final String EVENT_TYPE = "csip.benchmark.relayed.v1";
    private static final String DATABASE = "workforce";
    private static final int AGGREGATES = 200;
    /**
     * The raw producers send to the relay's own topic, so the services that consume it (the action-plan-service, every
     * gateway's partner feed) read their records too, as they read the relay's: on two cores, what they spend reading
     * is taken from whichever sender is measured, and each sender should pay it alike.
     */
    private static final String RAW_TOPIC = "workforce-events";

    /** How many events: first a round to warm both senders (JIT, pools, metadata), then the measured one. */
    public record Plan(int warmUpEvents, int events) {
        public static final Plan FULL = new Plan(30_000, 30_000);
        public static final Plan SMOKE = new Plan(0, 300);
    }

    /**
     * What a run measured: events, each sender's seconds (the relay; the raw producer all at once; the raw producer
     * keeping the relay's ordering rule) and rates.
     */
    public record Result(int events, double relaySeconds, double rawSeconds, double rawInOrderSeconds,
                         int payloadBytes) {
        double relayPerSecond() {
            return events / relaySeconds;
        }

        double rawPerSecond() {
            return events / rawSeconds;
        }

        double rawInOrderPerSecond() {
            return events / rawInOrderSeconds;
        }

        double ratio() {
            return relayPerSecond() / rawPerSecond();
        }

        /** The relay against the floor its ordering rule sets: what the relay costs beyond keeping order. */
        double ratioInOrder() {
            return relayPerSecond() / rawInOrderPerSecond();
        }

        boolean met() {
            return ratio() >= GOAL;
        }
    }

    private RelayThroughput() {
    }

    public static Result run(int postgresPort, String user, String password, String bootstrapServers, Plan plan) {
        String payload = payload();
        String jdbc = "jdbc:postgresql://localhost:" + postgresPort + "/" + DATABASE;
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            if (plan.warmUpEvents() > 0) {
                raw(bootstrapServers, plan.warmUpEvents(), payload);
                rawInOrder(bootstrapServers, plan.warmUpEvents(), payload);
                relay(db, bootstrapServers, plan.warmUpEvents(), payload);
            }
            // Each sender starts once the topic's consumers have read everything before it, so none pays for another's.
            ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
            double raw = raw(bootstrapServers, plan.events(), payload);
            ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
            double rawInOrder = rawInOrder(bootstrapServers, plan.events(), payload);
            ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
            double relay = relay(db, bootstrapServers, plan.events(), payload);
            return new Result(plan.events(), relay, raw, rawInOrder, payload.getBytes(StandardCharsets.UTF_8).length);
        } catch (SQLException e) {
            throw new IllegalStateException("The relay scenario could not use the workforce database: " + e, e);
        }
    }

    private static double relay(Connection db, String bootstrapServers, int events, String payload)
            throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> before = endOffsets(bootstrapServers);
        write(db, run, events, payload);
        waitForRelay(db, run, events);
        return publicationSpan(bootstrapServers, run, events, before);
    }

    /** A body the size of a typical workforce event (a team's monthly figures), about 600 bytes. */
    static String payload() {
        return "{\"teamId\":\"" + UUID.randomUUID() + "\",\"laCode\":null,\"period\":\"2026-11\",\"socialWorkers\":41,"
                + "\"agencyWorkers\":7,\"vacancies\":5,\"leavers\":2,\"averageCaseload\":17.5,\"sicknessDays\":31,"
                + "\"note\":\"" + "x".repeat(360) + "\"}";
    }

    private static void write(Connection db, String run, int events, String payload) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_event (id, aggregate_type, aggregate_id,"
                + " sequence, event_type, payload, occurred_at) SELECT gen_random_uuid(), 'benchmark',"
                + " ? || '-' || (n % " + AGGREGATES + "), n / " + AGGREGATES + " + 1, ?, CAST(? AS jsonb), now()"
                + " FROM generate_series(0, ? - 1) n")) {
            insert.setString(1, run);
            insert.setString(2, EVENT_TYPE);
            insert.setString(3, payload);
            insert.setInt(4, events);
            insert.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /**
     * Returns once the relay has published all of this run's events (none left in its queue). While the relay works
     * the benchmark looks only at the run's last event, by its key (the relay goes in write order), then counts the
     * run's events still queued, once: polling a count scanned the outbox (137 ms of the database's time every 100 ms
     * when published rows were counted), taken from the relay it measured.
     */
    private static void waitForRelay(Connection db, String run, int events) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (PreparedStatement last = db.prepareStatement("SELECT count(*) FROM outbox_pending JOIN outbox_event"
                + " USING (position) WHERE aggregate_type = 'benchmark' AND aggregate_id = ? AND sequence = ?");
             PreparedStatement pending = db.prepareStatement("SELECT count(*) FROM outbox_pending JOIN outbox_event"
                + " USING (position) WHERE aggregate_type = 'benchmark' AND aggregate_id LIKE ? || '-%'")) {
            last.setString(1, run + "-" + (events - 1) % AGGREGATES);
            last.setLong(2, (events - 1) / AGGREGATES + 1);
            pending.setString(1, run);
            while (System.nanoTime() < deadline) {
                if (count(last) == 0 && count(pending) == 0) {
                    return;
                }
                pause();
            }
        }
        throw new IllegalStateException("The relay had not published " + events + " events after 10 minutes");
    }

    private static int count(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Where each partition of the relay's topic ends now. */
    private static Map<TopicPartition, Long> endOffsets(String bootstrapServers) {
        try (KafkaConsumer<String, String> consumer = reader(bootstrapServers)) {
            return consumer.endOffsets(partitions(consumer, RAW_TOPIC));
        }
    }

    /**
     * Seconds from the relay's first send of this run's events to its last, read from their records on the topic
     * (each stamped by the relay's producer as it sent it): the first sent before any was acknowledged, the last
     * acknowledged a broker's round trip after it. Every event must be there, once.
     */
    private static double publicationSpan(String bootstrapServers, String run, int events,
                                          Map<TopicPartition, Long> before) {
        try (KafkaConsumer<String, String> consumer = reader(bootstrapServers)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(before.keySet());
            consumer.assign(before.keySet());
            before.forEach(consumer::seek);
            Set<String> ids = new HashSet<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (before.keySet().stream()
                    .anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The relay's records could not be read back within 2 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && record.key().startsWith(run + "-")) {
                        ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                        first = Math.min(first, record.timestamp());
                        last = Math.max(last, record.timestamp());
                    }
                }
            }
            if (ids.size() != events) {
                throw new IllegalStateException("The relay published " + ids.size() + " of " + events + " events");
            }
            return Math.max(0.001, (last - first) / 1000.0);
        }
    }

    /** A consumer of strings that commits nothing, for the benchmark to read a topic where it chooses. */
    static KafkaConsumer<String, String> reader(String bootstrapServers) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(settings);
    }

    /** Every partition of {@code topic}. */
    static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** The same records through a bare producer with the relay's settings: every send at once, then a flush. */
    private static double raw(String bootstrapServers, int events, String payload) {
        try (KafkaProducer<String, String> producer = rawProducer(bootstrapServers, payload)) {
            long start = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>(events);
            for (int n = 0; n < events; n++) {
                sends.add(producer.send(record(n, payload)));
            }
            producer.flush();
            for (Future<?> send : sends) {
                send.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (Exception e) {
            throw new IllegalStateException("The raw producer could not send: " + e, e);
        }
    }

    /**
     * The same records through a bare producer keeping the relay's ordering rule: each aggregate's first record at
     * once, its next when the one before it is acknowledged, handed over on one thread as the relay does. No relay
     * that keeps the rule can beat it: an aggregate's events take one acknowledgement each, one after another.
     */
    private static double rawInOrder(String bootstrapServers, int events, String payload) {
        ExecutorService handOver = Executors.newSingleThreadExecutor();
        try (KafkaProducer<String, String> producer = rawProducer(bootstrapServers, payload)) {
            CountDownLatch acknowledged = new CountDownLatch(events);
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int aggregate = 0; aggregate < Math.min(AGGREGATES, events); aggregate++) {
                sendInOrder(producer, aggregate, events, payload, handOver, acknowledged, failure);
            }
            if (!acknowledged.await(10, TimeUnit.MINUTES) || failure.get() != null) {
                throw new IllegalStateException("Not every record was acknowledged", failure.get());
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (Exception e) {
            throw new IllegalStateException("The raw producer could not send in order: " + e, e);
        } finally {
            handOver.shutdownNow();
        }
    }

    /** Sends record {@code n}; once the broker acknowledges it, the next record of its aggregate follows. */
    private static void sendInOrder(KafkaProducer<String, String> producer, int n, int events, String payload,
                                    ExecutorService handOver, CountDownLatch acknowledged,
                                    AtomicReference<Exception> failure) {
        producer.send(record(n, payload), (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
                for (int left = n; left < events; left += AGGREGATES) {
                    acknowledged.countDown(); // this aggregate's later records are never sent: stop waiting for them
                }
                return;
            }
            acknowledged.countDown();
            if (n + AGGREGATES < events) {
                handOver.execute(() -> sendInOrder(producer, n + AGGREGATES, events, payload, handOver, acknowledged,
                        failure));
            }
        });
    }

    /** A bare producer to the relay's topic, which it has already sent to once (its metadata is there first). */
    private static KafkaProducer<String, String> rawProducer(String bootstrapServers, String payload)
            throws InterruptedException, ExecutionException {
        KafkaProducer<String, String> producer = new KafkaProducer<>(relaySettings(bootstrapServers));
        // A CloudEvent like the others, of the type no service applies: a bare record would be a poison message to
        // the topic's consumers, dead-lettered by the action-plan-service each run.
        producer.send(record("warm-up", 1, payload)).get();
        return producer;
    }

    /** Event {@code n} of a run as the relay would send it: its aggregate's key, CloudEvents headers, the body. */
    private static ProducerRecord<String, String> record(int n, String payload) {
        return record("raw-" + (n % AGGREGATES), n / AGGREGATES + 1, payload);
    }

    private static ProducerRecord<String, String> record(String aggregate, int sequence, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(RAW_TOPIC, aggregate, payload);
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", EVENT_TYPE);
        header(record, "ce_source", "/csip/workforce-service");
        header(record, "ce_subject", "benchmark/" + aggregate);
        header(record, "ce_sequence", Integer.toString(sequence));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_time", "2026-12-04T12:00:00Z");
        header(record, "content-type", "application/json");
        return record;
    }

    /** A bare producer's settings, as the relay's producer has them: every replica acknowledges, idempotent. */
    static Properties relaySettings(String bootstrapServers) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }

    /** A topic with as many partitions as {@code like} (the broker creates none by itself). */
    static void createLike(String bootstrapServers, String topic, String like) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int partitions = admin.describeTopics(List.of(like)).allTopicNames().get(30, TimeUnit.SECONDS).get(like)
                    .partitions().size();
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic + ": " + e, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void pause() {
        try {
            Thread.sleep(100); // polling a count while the relay works: not synchronising a test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The scenario's chart: the relay's events per second against each raw sender's. */
    static Map<String, String> charts(Result result) {
        return Map.of("relay-throughput", Chart.pairs("Relay throughput", "events/s", "outbox relay",
                "raw Kafka producer", List.of(
                        new Chart.Row(String.format(Locale.UK, "%,d events, raw all at once", result.events()),
                                result.relayPerSecond(), result.rawPerSecond()),
                        new Chart.Row(String.format(Locale.UK, "%,d events, raw in aggregate order", result.events()),
                                result.relayPerSecond(), result.rawInOrderPerSecond()))));
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    static String markdown(Result result) {
        return String.format(Locale.UK, """
                %,d events of %d bytes, over %d aggregates, written into the workforce-service's outbox in one \
                transaction; the same records sent by a bare producer, all at once and then in aggregate order.

                ![Events per second, relay and raw producer](performance/relay-throughput.svg)

                | sender | seconds | events/s |
                |---|---:|---:|
                | outbox relay (first to last publication) | %.2f | %,.0f |
                | raw Kafka producer (all sent, then flushed) | %.2f | %,.0f |
                | raw Kafka producer in aggregate order (each aggregate's next record after its previous one's \
                acknowledgement) | %.2f | %,.0f |

                | ratio | measured | goal | met |
                |---|---:|---:|---|
                | relay ÷ raw, events per second | %.3f | ≥ %.1f | %s |
                | relay ÷ raw in aggregate order (what the relay costs beyond its ordering rule) | %.3f | — | — |
                """, result.events(), result.payloadBytes(), AGGREGATES, result.relaySeconds(),
                result.relayPerSecond(), result.rawSeconds(), result.rawPerSecond(), result.rawInOrderSeconds(),
                result.rawInOrderPerSecond(), result.ratio(), GOAL, result.met() ? "yes" : "**no**",
                result.ratioInOrder());
    }
}
