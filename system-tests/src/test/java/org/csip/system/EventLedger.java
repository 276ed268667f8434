package org.csip.system;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.csip.testing.TopicLog;

/**
 * What the fault-injection suite counts, from the parts themselves: the services' databases (what was stored and
 * which events were committed with it), the topics as Kafka holds them, and what each partner feed handed over.
 */
final class EventLedger {
    static final List<String> TOPICS = List.of("inspection-events", "action-plan-events", "workforce-events");

    private final LocalStack stack;

    EventLedger(LocalStack stack) {
        this.stack = stack;
    }

    /** Every event committed in any service's outbox (all three databases), by CloudEvent id. */
    Set<String> committedEvents() throws SQLException {
        Set<String> ids = new HashSet<>();
        for (String database : LocalStack.DATABASES.values()) {
            ids.addAll(column(database, "SELECT id::text FROM outbox_event"));
        }
        return ids;
    }

    /**
     * Events committed but still in the relay's queue in any service's outbox: a relay killed after the broker took
     * a record but before it took the event out of its queue leaves one, which the relay that takes over sends again (a copy).
     */
    int pending() throws SQLException {
        int pending = 0;
        for (String database : LocalStack.DATABASES.values()) {
            pending += Integer.parseInt(column(database, "SELECT count(*) FROM outbox_pending").get(0));
        }
        return pending;
    }

    /** Of these acknowledged writes, those whose change is not in their service's database. */
    List<WriteLoad.Write> notStored(List<WriteLoad.Write> acknowledged) throws SQLException {
        Set<String> reports = new HashSet<>(column("action_plans",
                "SELECT narrative FROM progress_update WHERE narrative LIKE 'Fault %'"));
        Set<String> inspections = new HashSet<>(column("inspections",
                "SELECT theme FROM inspection WHERE theme LIKE 'Fault %'"));
        Set<String> vacancies = new HashSet<>(column("workforce", "SELECT id::text FROM vacancy"));
        List<WriteLoad.Write> missing = new ArrayList<>();
        for (WriteLoad.Write write : acknowledged) {
            boolean stored = switch (write.kind()) {
                case PROGRESS_REPORT -> reports.contains("Fault " + write.marker());
                case INSPECTION -> inspections.contains("Fault " + write.marker());
                case VACANCY -> write.id() != null && vacancies.contains(write.id());
            };
            if (!stored) {
                missing.add(write);
            }
        }
        return missing;
    }

    /**
     * Inspections whose copy in the action-plan-service (its read model, built from inspection-events) is not the
     * one the topic's last event for it describes: a consumer that missed, repeated or reordered an event.
     */
    List<String> readModelsBehind(List<ConsumerRecord<String, String>> records) throws SQLException {
        Map<String, Long> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String type = TopicLog.header(record, "ce_type");
            String sequence = TopicLog.header(record, "ce_sequence");
            if (record.topic().equals("inspection-events") && type != null && type.startsWith("csip.inspection.")
                    && sequence != null && record.key() != null) {
                latest.merge(record.key(), Long.parseLong(sequence), Math::max);
            }
        }
        Map<String, Long> applied = new HashMap<>();
        try (var connection = connect("action_plans");
             var rows = connection.createStatement()
                     .executeQuery("SELECT inspection_id::text, last_sequence FROM known_inspection")) {
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getLong(2));
            }
        }
        List<String> behind = new ArrayList<>();
        latest.forEach((inspection, sequence) -> {
            if (!sequence.equals(applied.get(inspection))) {
                behind.add(inspection + " (topic " + sequence + ", read model " + applied.get(inspection) + ")");
            }
        });
        return behind;
    }

    /**
     * The records of the three topics as Kafka holds them, each once: the test's own consumer reads some again after
     * the broker restarts (from its last committed offset), which is not a copy on the topic.
     */
    static List<ConsumerRecord<String, String>> onTopics(List<ConsumerRecord<String, String>> read) {
        Set<String> positions = new HashSet<>();
        return read.stream().filter(r -> TOPICS.contains(r.topic()))
                .filter(r -> positions.add(r.topic() + ":" + r.partition() + ":" + r.offset())).toList();
    }

    /** CloudEvent ids that are on the topics more than once (a copy: the same id, the same number). */
    static List<String> duplicated(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String id = TopicLog.header(record, "ce_id");
            if (id != null && !seen.add(id)) {
                twice.add(id);
            }
        }
        return twice;
    }

    /**
     * Events behind a later-numbered one of the same aggregate on its partition (they share a key), each event taken
     * where it first appears (a copy re-sent by a relay that took over is counted by {@link #duplicated}).
     */
    static List<String> outOfOrder(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> last = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> disordered = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String sequence = TopicLog.header(record, "ce_sequence");
            if (sequence == null || record.key() == null || !seen.add(TopicLog.header(record, "ce_id"))) {
                continue;
            }
            long number = Long.parseLong(sequence);
            Long before = last.put(record.topic() + "/" + record.key(), number);
            if (before != null && number <= before) {
                disordered.add(record.topic() + "/" + record.key() + " #" + number + " after #" + before);
            }
        }
        return disordered;
    }

    /** Merseyside Police's councils: its feed carries their events only. */
    static final Set<String> MERSEYSIDE = Set.of("340", "341", "342", "343", "344");

    /**
     * The events the police feed should carry, in topic order: the CloudEvents (with a type) of Merseyside's councils
     * (one naming no council reaches no feed) on the three topics that are not another agency's (FeedVisibility),
     * from the feed's start onwards, each once (a copy a relay sent again is dropped by the feed).
     */
    static List<ConsumerRecord<String, String>> policeFeed(List<ConsumerRecord<String, String>> records,
                                                            Map<String, Long> startOffsets) {
        Set<String> seen = new HashSet<>();
        return records.stream()
                .filter(r -> TOPICS.contains(r.topic()) && TopicLog.header(r, "ce_type") != null)
                .filter(r -> MERSEYSIDE.contains(String.valueOf(TopicLog.header(r, "ce_lacode"))))
                .filter(r -> r.offset() >= startOffsets.getOrDefault(r.topic() + ":" + r.partition(), 0L))
                .filter(r -> {
                    String agency = TopicLog.header(r, "ce_leadagency");
                    return agency != null ? agency.equalsIgnoreCase("police") : !r.topic().equals("workforce-events");
                })
                .filter(r -> seen.add(TopicLog.header(r, "ce_id")))
                .toList();
    }

    /** What one feed follower got wrong against what it should have had. */
    record FeedCount(int missing, int duplicated, int outOfOrder, List<String> examples) {
    }

    /**
     * Compares what a follower received with what it should have: each expected event once (matched by its data,
     * which is unique here), and each aggregate's events in their topic order.
     */
    static FeedCount compare(List<ConsumerRecord<String, String>> expected, List<String> received) {
        Map<String, Integer> owed = new HashMap<>();
        Map<String, ConsumerRecord<String, String>> byData = new HashMap<>();
        for (ConsumerRecord<String, String> record : expected) {
            owed.merge(record.value(), 1, Integer::sum);
            byData.put(record.value(), record);
        }
        List<String> examples = new ArrayList<>();
        int duplicated = 0;
        int outOfOrder = 0;
        Map<String, Long> last = new LinkedHashMap<>();
        for (String data : received) {
            Integer left = owed.get(data);
            if (left == null || left == 0) {
                duplicated++;
                example(examples, (left == null ? "not expected: " : "twice: ") + shorten(data));
                continue;
            }
            owed.put(data, left - 1);
            ConsumerRecord<String, String> record = byData.get(data);
            String sequence = TopicLog.header(record, "ce_sequence");
            if (sequence != null && record.key() != null) {
                Long before = last.put(record.topic() + "/" + record.key(), Long.parseLong(sequence));
                if (before != null && Long.parseLong(sequence) <= before) {
                    outOfOrder++;
                    example(examples, "out of order: " + record.key() + " #" + sequence + " after #" + before);
                }
            }
        }
        int missing = owed.values().stream().mapToInt(Integer::intValue).sum();
        owed.forEach((data, left) -> {
            if (left > 0) {
                example(examples, "missing: " + shorten(data));
            }
        });
        return new FeedCount(missing, duplicated, outOfOrder, examples);
    }

    /** The CloudEvent ids of records. */
    static Set<String> ids(Collection<ConsumerRecord<String, String>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(TopicLog.header(r, "ce_id")));
        return ids;
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 5) {
            examples.add(example);
        }
    }

    private static String shorten(String data) {
        return data.length() > 160 ? data.substring(0, 160) + "…" : data;
    }

    private List<String> column(String database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var connection = connect(database);
             var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private java.sql.Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), PostgresLauncher.USER,
                PostgresLauncher.PASSWORD);
    }
}
