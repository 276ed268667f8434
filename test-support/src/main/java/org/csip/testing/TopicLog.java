package org.csip.testing;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a topic from the beginning for a test, so it can assert exactly which events one aggregate
 * produced, in order. To prove nothing more was sent, finish with a "fence" change on the same key and
 * wait for it: a key's records share a partition, so nothing sent before the fence can arrive after it.
 */
public final class TopicLog implements AutoCloseable {
    private final KafkaCompanion companion;
    private final ConsumerTask<String, String> task;

    private TopicLog(KafkaCompanion companion, ConsumerTask<String, String> task) {
        this.companion = companion;
        this.task = task;
    }

    public static TopicLog open(String bootstrapServers, String topic) {
        KafkaCompanion companion = new KafkaCompanion(bootstrapServers);
        return new TopicLog(companion, companion.consumeStrings().fromTopics(topic));
    }

    /** Every record so far whose key is {@code key}, in partition order. */
    public List<ConsumerRecord<String, String>> records(String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The {@code ce_type} of every record so far with this key, in order. */
    public List<String> types(String key) {
        return records(key).stream().map(r -> header(r, "ce_type")).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        task.stop();
        companion.close();
    }
}
