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
import java.util.stream.Collectors;
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
 * acknowledged), which is the floor for any relay that keeps that rule. Every sender first sends warm-up rounds that
 * are not measured (the relay for longer, {@link Plan}), and each measured one starts once the topic's consumers have
 * caught up.
 */
public final class RelayThroughput {
    /** The relay's goal: at least half the raw producer's rate (issue 24). */
    static final double GOAL = 0.5;
    static final String EVENT_TYPE = "csip.benchmark.relayed.v1";
    private static final String DATABASE = "workforce";
    /**
     * The raw producers send to the relay's own topic, so the services that consume it (the action-plan-service, every
     * gateway's partner feed) read their records too, as they read the relay's: on two cores, what they spend reading
     * is taken from whichever sender is measured, and each sender should pay it alike.
     */
    private static final String RAW_TOPIC = "workforce-events";

    /**
     * How many events a round has, how many rounds warm each bare producer, how long the relay warms, and how many
     * events are measured, over how many aggregates each measured backlog spreads them (the warm-up the first's), and
     * how many times each sender sends each backlog (its median counts: one sender's rate varies by half between two
     * runs of a second on this machine). The relay warms for longer: its code runs in a service that has relayed
     * little before the run (its rate climbed from about 4,300 a second in its first round of 30,000 to 15,300 in its
     * eighth, its CPU an event falling from 273 to 37 µs; docs/performance.md, scenario 3), the bare producers' in the
     * benchmark's own JVM, a tight loop compiled within a round or two.
     */
    public record Plan(int roundEvents, int rawWarmUpRounds, Duration relayWarmUp, int events,
                       List<Integer> aggregates, int repetitions) {
        /**
         * The full run measures one backlog, 150 events on each of 200 aggregates, where the ordering rule bounds
         * every relay (an aggregate's 150 events take 150 acknowledgements one after another), three times; a second
         * backlog spread thinner (5 events on each of 6,000 aggregates) is worth measuring by hand
         * ({@code List.of(200, 6_000)}) but takes the full run past its 20 minutes, as did 30 s of the relay's warm-up
         * and three rounds of each bare producer's (20.2 minutes on 7 December). The smoke run sends both backlogs.
         */
        public static final Plan FULL = new Plan(30_000, 1, Duration.ofSeconds(15), 30_000, List.of(200), 3);
        public static final Plan SMOKE = new Plan(300, 0, Duration.ZERO, 300, List.of(200, 60), 1);
    }

    /** What a run measured: events, their size, the warm-up, and each backlog's senders. */
    public record Result(int events, int payloadBytes, int roundEvents, int repetitions, WarmUp warmUp,
                         List<Backlog> backlogs) {
    }

    /**
     * One backlog's figures: each sender's seconds in every repetition (the relay; the raw producer all at once; the
     * raw producer keeping the relay's ordering rule), and their medians and rates.
     */
    public record Backlog(int events, int aggregates, List<Double> relayRuns, List<Double> rawRuns,
                          List<Double> rawInOrderRuns) {
        double relaySeconds() {
            return median(relayRuns);
        }

        double rawSeconds() {
            return median(rawRuns);
        }

        double rawInOrderSeconds() {
            return median(rawInOrderRuns);
        }

        double relayPerSecond() {
            return events / relaySeconds();
        }

        double rawPerSecond() {
            return events / rawSeconds();
        }

        double rawInOrderPerSecond() {
            return events / rawInOrderSeconds();
        }

        double ratio() {
            return relayPerSecond() / rawPerSecond();
        }

        /** The relay against the floor its ordering rule sets: what the relay costs beyond keeping order. */
        double ratioInOrder() {
            return relayPerSecond() / rawInOrderPerSecond();
        }

        /** The best any relay keeping the ordering rule could reach: the in-order floor against the raw producer. */
        double ceiling() {
            return rawInOrderPerSecond() / rawPerSecond();
        }

        boolean met() {
            return ratio() >= GOAL;
        }

        private static double median(List<Double> runs) {
            List<Double> sorted = runs.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }

    /** Each warm-up round's events per second, sender by sender, in the order they were sent. */
    public record WarmUp(List<Double> raw, List<Double> rawInOrder, List<Double> relay) {
    }

    private RelayThroughput() {
    }

    public static Result run(int postgresPort, String user, String password, String bootstrapServers, Plan plan) {
        String payload = payload();
        String jdbc = "jdbc:postgresql://localhost:" + postgresPort + "/" + DATABASE;
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            WarmUp warmUp = warmUp(db, bootstrapServers, plan, payload);
            List<Backlog> backlogs = new ArrayList<>();
            for (int aggregates : plan.aggregates()) {
                List<Double> raw = new ArrayList<>();
                List<Double> rawInOrder = new ArrayList<>();
                List<Double> relay = new ArrayList<>();
                for (int repetition = 0; repetition < plan.repetitions(); repetition++) {
                    // Each sender starts once the topic's consumers have read everything before it, so none pays for
                    // another's.
                    ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
                    raw.add(raw(bootstrapServers, plan.events(), payload, aggregates));
                    ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
                    rawInOrder.add(rawInOrder(bootstrapServers, plan.events(), payload, aggregates));
                    ConsumersCaughtUp.await(bootstrapServers, RAW_TOPIC);
                    relay.add(relay(db, bootstrapServers, plan.events(), payload, aggregates));
                }
                backlogs.add(new Backlog(plan.events(), aggregates, relay, raw, rawInOrder));
            }
            return new Result(plan.events(), payload.getBytes(StandardCharsets.UTF_8).length, plan.roundEvents(),
                    plan.repetitions(), warmUp, List.copyOf(backlogs));
        } catch (SQLException e) {
            throw new IllegalStateException("The relay scenario could not use the workforce database: " + e, e);
        }
    }

    /**
     * Warms every sender (JIT, pools, metadata; the broker and the topic's consumers with them) with rounds that are
     * not measured: each bare producer a few rounds, the relay rounds until it has relayed for {@code relayWarmUp}.
     * A relay round is timed from the commit of its events to the queue's being empty of them (to a tenth of a second,
     * enough to see the rate settle; the measured round is read from the records' timestamps).
     */
    private static WarmUp warmUp(Connection db, String bootstrapServers, Plan plan, String payload)
            throws SQLException {
        List<Double> raw = new ArrayList<>();
        List<Double> rawInOrder = new ArrayList<>();
        int aggregates = plan.aggregates().get(0);
        for (int round = 0; round < plan.rawWarmUpRounds(); round++) {
            raw.add(plan.roundEvents() / raw(bootstrapServers, plan.roundEvents(), payload, aggregates));
            rawInOrder.add(plan.roundEvents() / rawInOrder(bootstrapServers, plan.roundEvents(), payload, aggregates));
        }
        List<Double> relay = new ArrayList<>();
        long warming = 0;
        while (warming < plan.relayWarmUp().toNanos()) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            write(db, run, plan.roundEvents(), payload, aggregates);
            long start = System.nanoTime();
            waitForRelay(db, run, plan.roundEvents(), aggregates);
            long took = System.nanoTime() - start;
            warming += took;
            relay.add(plan.roundEvents() / (took / 1e9));
        }
        System.out.printf(Locale.UK, "Relay scenario warm-up, events a second: raw %s; raw in order %s; relay %s%n",
                rates(raw), rates(rawInOrder), rates(relay));
        return new WarmUp(raw, rawInOrder, relay);
    }

    private static String perRun(Backlog backlog, List<Double> seconds) {
        return rates(seconds.stream().map(run -> backlog.events() / run).toList());
    }

    static String rates(List<Double> rates) {
        return rates.isEmpty() ? "none" : rates.stream().map(rate -> String.format(Locale.UK, "%,.0f", rate))
                .collect(Collectors.joining(", "));
    }

    private static double relay(Connection db, String bootstrapServers, int events, String payload, int aggregates)
            throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> before = endOffsets(bootstrapServers);
        write(db, run, events, payload, aggregates);
        waitForRelay(db, run, events, aggregates);
        return publicationSpan(bootstrapServers, run, events, before);
    }

    /** A body the size of a typical workforce event (a team's monthly figures), about 600 bytes. */
    static String payload() {
        return "{\"teamId\":\"" + UUID.randomUUID() + "\",\"laCode\":null,\"period\":\"2026-11\",\"socialWorkers\":41,"
                + "\"agencyWorkers\":7,\"vacancies\":5,\"leavers\":2,\"averageCaseload\":17.5,\"sicknessDays\":31,"
                + "\"note\":\"" + "x".repeat(360) + "\"}";
    }

    private static void write(Connection db, String run, int events, String payload, int aggregates)
            throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_event (id, aggregate_type, aggregate_id,"
                + " sequence, event_type, payload, occurred_at) SELECT gen_random_uuid(), 'benchmark',"
                + " ? || '-' || (n % " + aggregates + "), n / " + aggregates + " + 1, ?, CAST(? AS jsonb), now()"
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
    private static void waitForRelay(Connection db, String run, int events, int aggregates) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (PreparedStatement last = db.prepareStatement("SELECT count(*) FROM outbox_pending JOIN outbox_event"
                + " USING (position) WHERE aggregate_type = 'benchmark' AND aggregate_id = ? AND sequence = ?");
             PreparedStatement pending = db.prepareStatement("SELECT count(*) FROM outbox_pending JOIN outbox_event"
                + " USING (position) WHERE aggregate_type = 'benchmark' AND aggregate_id LIKE ? || '-%'")) {
            last.setString(1, run + "-" + (events - 1) % aggregates);
            last.setLong(2, (events - 1) / aggregates + 1);
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
    private static double raw(String bootstrapServers, int events, String payload, int aggregates) {
        try (KafkaProducer<String, String> producer = rawProducer(bootstrapServers, payload)) {
            long start = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>(events);
            for (int n = 0; n < events; n++) {
                sends.add(producer.send(record(n, payload, aggregates)));
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
    private static double rawInOrder(String bootstrapServers, int events, String payload, int aggregates) {
        ExecutorService handOver = Executors.newSingleThreadExecutor();
        try (KafkaProducer<String, String> producer = rawProducer(bootstrapServers, payload)) {
            CountDownLatch acknowledged = new CountDownLatch(events);
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int aggregate = 0; aggregate < Math.min(aggregates, events); aggregate++) {
                sendInOrder(producer, aggregate, events, aggregates, payload, handOver, acknowledged, failure);
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
    private static void sendInOrder(KafkaProducer<String, String> producer, int n, int events, int aggregates,
                                    String payload, ExecutorService handOver, CountDownLatch acknowledged,
                                    AtomicReference<Exception> failure) {
        producer.send(record(n, payload, aggregates), (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
                for (int left = n; left < events; left += aggregates) {
                    acknowledged.countDown(); // this aggregate's later records are never sent: stop waiting for them
                }
                return;
            }
            acknowledged.countDown();
            if (n + aggregates < events) {
                handOver.execute(() -> sendInOrder(producer, n + aggregates, events, aggregates, payload, handOver,
                        acknowledged, failure));
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
    private static ProducerRecord<String, String> record(int n, String payload, int aggregates) {
        return record("raw-" + (n % aggregates), n / aggregates + 1, payload);
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

    /** The scenario's chart: the relay's events per second against each raw sender's, backlog by backlog. */
    static Map<String, String> charts(Result result) {
        List<Chart.Row> rows = new ArrayList<>();
        for (Backlog backlog : result.backlogs()) {
            String over = String.format(Locale.UK, "%,d aggregates", backlog.aggregates());
            rows.add(new Chart.Row(over + ", raw all at once", backlog.relayPerSecond(), backlog.rawPerSecond()));
            rows.add(new Chart.Row(over + ", raw in aggregate order", backlog.relayPerSecond(),
                    backlog.rawInOrderPerSecond()));
        }
        return Map.of("relay-throughput", Chart.pairs("Relay throughput", "events/s", "outbox relay",
                "raw Kafka producer", rows));
    }

    /** The scenario's figures as a Markdown section of docs/performance.md. */
    static String markdown(Result result) {
        StringBuilder senders = new StringBuilder("""
                | backlog | sender | seconds (median) | events/s (median) | events/s, each run |
                |---|---|---:|---:|---|
                """);
        StringBuilder ratios = new StringBuilder("""
                | backlog | relay ÷ raw (goal ≥ %.1f) | met | relay ÷ raw in aggregate order (what the relay costs \
                beyond its ordering rule) | the best a relay keeping order could reach (in order ÷ raw) |
                |---|---:|---|---:|---:|
                """.formatted(GOAL));
        for (Backlog backlog : result.backlogs()) {
            String name = String.format(Locale.UK, "over %,d aggregates", backlog.aggregates());
            senders.append(String.format(Locale.UK, """
                    | %1$s | outbox relay (first to last publication) | %2$.2f | %3$,.0f | %8$s |
                    | %1$s | raw Kafka producer (all sent, then flushed) | %4$.2f | %5$,.0f | %9$s |
                    | %1$s | raw Kafka producer in aggregate order (each aggregate's next record after its previous \
                    one's acknowledgement) | %6$.2f | %7$,.0f | %10$s |
                    """, name, backlog.relaySeconds(), backlog.relayPerSecond(), backlog.rawSeconds(),
                    backlog.rawPerSecond(), backlog.rawInOrderSeconds(), backlog.rawInOrderPerSecond(),
                    perRun(backlog, backlog.relayRuns()), perRun(backlog, backlog.rawRuns()),
                    perRun(backlog, backlog.rawInOrderRuns())));
            ratios.append(String.format(Locale.UK, "| %s | %.3f | %s | %.3f | %.3f |%n", name, backlog.ratio(),
                    backlog.met() ? "yes" : "**no**", backlog.ratioInOrder(), backlog.ceiling()));
        }
        return String.format(Locale.UK, """
                Backlogs of %,d events of %d bytes, written into the workforce-service's outbox in one transaction; \
                the same records sent by a bare producer, all at once and then in aggregate order; each sender sends \
                each backlog %d times, in turn, and its median counts. Warmed first, not \
                measured, in rounds of %,d events on the first backlog's aggregates (each round's events a second): \
                the bare producer all at once %s; in aggregate order %s; the relay %d rounds, %s.

                ![Events per second, relay and raw producer](performance/relay-throughput.svg)

                %s
                %s""", result.events(), result.payloadBytes(), result.repetitions(), result.roundEvents(),
                rates(result.warmUp().raw()),
                rates(result.warmUp().rawInOrder()), result.warmUp().relay().size(), rates(result.warmUp().relay()),
                senders, ratios);
    }
}
