package org.csip.gateway.feed;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The partitions the feed reads, as Kafka assigned them to this gateway's consumer (which reads them all): a
 * {@code Last-Event-ID} naming any other is not an id this feed wrote. On each assignment it places the consumer
 * where the feed should read from ({@link EventFeed#startOffset}): the feed's own consumer group commits nothing, so
 * Kafka alone would start every assignment — the gateway's start, and each rebalance after a broker restart — from
 * the topics' first retained event.
 */
@ApplicationScoped
@Default
@Identifier(FeedPartitions.NAME)
public class FeedPartitions implements KafkaConsumerRebalanceListener {
    static final String NAME = "partner-feed-partitions";
    private static final Logger LOG = Logger.getLogger(FeedPartitions.class);

    private final Set<String> assigned = ConcurrentHashMap.newKeySet();
    private final EventFeed feed;

    public FeedPartitions(EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> assigned.add(key(partition)));
        List<TopicPartition> unread = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = feed.nextOffset(key(partition));
            if (next != null) {
                consumer.seek(partition, next);
            } else {
                unread.add(partition);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        try {
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(unread);
            Map<TopicPartition, Long> end = consumer.endOffsets(unread);
            for (TopicPartition partition : unread) {
                consumer.seek(partition, feed.startOffset(key(partition), beginning.get(partition), end.get(partition)));
            }
        } catch (RuntimeException e) {
            // Read from the first retained event instead (the consumer's own reset): slower, and nothing missed.
            LOG.warnf("The feed could not ask Kafka where %s end; it reads them from their first event: %s", unread,
                    e.toString());
        }
    }

    /** Whether {@code topicPartition} is one the feed reads; true while nothing is assigned yet (starting). */
    public boolean known(String topicPartition) {
        return assigned.isEmpty() || assigned.contains(topicPartition);
    }

    private static String key(TopicPartition partition) {
        return partition.topic() + ":" + partition.partition();
    }
}
