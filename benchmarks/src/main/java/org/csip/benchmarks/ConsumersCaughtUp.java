package org.csip.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every live consumer group reading a topic has committed its end: a measurement that starts while the
 * services still read what came before would lend their CPU to the previous sender's bill, on a two-core machine.
 * Groups without members (an earlier run's gateways) are left out; commits come every few seconds (SmallRye's
 * throttled commits), so a wait lasts at least that long.
 */
final class ConsumersCaughtUp {
    private static final Duration AT_MOST = Duration.ofMinutes(3);

    private ConsumersCaughtUp() {
    }

    @SuppressWarnings("deprecation") // listConsumerGroups: the Kafka 4.1 admin's way to list classic groups too
    static void await(String bootstrapServers, String topic) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()),
                                OffsetSpec.latest()));
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                        .forEach((partition, end) -> ends.put(partition, end.offset()));
                List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                        .map(ConsumerGroupListing::groupId).toList();
                boolean behind = false;
                for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all()
                        .get(30, TimeUnit.SECONDS).values()) {
                    boolean reads = group.members().stream().anyMatch(member -> member.assignment().topicPartitions()
                            .stream().anyMatch(partition -> partition.topic().equals(topic)));
                    if (reads) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                group.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                        behind |= ends.entrySet().stream().anyMatch(end -> committed.get(end.getKey()) == null
                                ? end.getValue() > 0 : committed.get(end.getKey()).offset() < end.getValue());
                    }
                }
                if (!behind) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The consumers of " + topic + " were still behind after "
                            + AT_MOST.toMinutes() + " minutes");
                }
                Thread.sleep(200); // polling the brokers' offsets between measurements, not synchronising a test
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the consumers' offsets on " + topic + ": " + e, e);
        }
    }
}
