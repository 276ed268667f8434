package org.csip.gateway.feed;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions the feed reads, as Kafka assigned them to this gateway's consumer (which reads them all): a
 * {@code Last-Event-ID} naming any other is not an id this feed wrote.
 */
@ApplicationScoped
@Default
@Identifier(FeedPartitions.NAME)
public class FeedPartitions implements KafkaConsumerRebalanceListener {
    static final String NAME = "partner-feed-partitions";

    private final Set<String> assigned = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> assigned.add(partition.topic() + ":" + partition.partition()));
    }

    /** Whether {@code topicPartition} is one the feed reads; true while nothing is assigned yet (starting). */
    public boolean known(String topicPartition) {
        return assigned.isEmpty() || assigned.contains(topicPartition);
    }
}
