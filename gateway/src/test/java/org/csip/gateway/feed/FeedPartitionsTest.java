package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Where the feed's consumer reads each partition from: a starting gateway reads only what its window can hold, not
 * the topic's whole history, and a rebalance (the broker restarted) goes on where it was rather than reading
 * everything again. Kafka's own in-process consumer double stands in for the broker: what is tested is the choice of
 * offsets, which {@code PartnerFeedIT} and the fault suite then exercise against a real broker.
 */
class FeedPartitionsTest {
    private static final TopicPartition LONG = new TopicPartition("action-plan-events", 0);
    private static final TopicPartition SHORT = new TopicPartition("action-plan-events", 1);
    private static final TopicPartition TRIMMED = new TopicPartition("workforce-events", 0);

    @Test
    void aStartingGatewayReadsAWindowsWorthOfEachPartitionAndIsToldWhatLiesBeforeIt() {
        EventFeed feed = new EventFeed(SubscriptionTest.config(100));
        MockConsumer<String, String> consumer = consumer();
        new FeedPartitions(feed).onPartitionsAssigned(consumer, List.of(LONG, SHORT, TRIMMED));

        assertThat(consumer.position(LONG)).isEqualTo(4_900);
        assertThat(consumer.position(SHORT)).isZero();
        // Retention already removed the first 4,000: the window's worth before the end is still held.
        assertThat(consumer.position(TRIMMED)).isEqualTo(4_000);

        // A dashboard resuming from before where this replica started is told it missed some; one from after, not.
        List<String> fromBefore = new ArrayList<>();
        feed.subscribe(FeedPosition.parse("action-plan-events:0:10,action-plan-events:1:2,workforce-events:0:4020"),
                () -> fromBefore.add("gap"), event -> fromBefore.add(event.id()));
        assertThat(fromBefore).containsExactly("gap");
        List<String> fromAfter = new ArrayList<>();
        feed.subscribe(FeedPosition.parse("action-plan-events:0:4950,action-plan-events:1:2,workforce-events:0:4020"),
                () -> fromAfter.add("gap"), event -> fromAfter.add(event.id()));
        assertThat(fromAfter).isEmpty();
    }

    @Test
    void aRebalanceGoesOnWhereTheFeedWasInsteadOfReadingEverythingAgain() {
        EventFeed feed = new EventFeed(SubscriptionTest.config(100));
        MockConsumer<String, String> consumer = consumer();
        FeedPartitions partitions = new FeedPartitions(feed);
        partitions.onPartitionsAssigned(consumer, List.of(LONG, SHORT, TRIMMED));
        for (long offset = 4_900; offset < 4_910; offset++) {
            feed.append(FeedEvent.read(LONG.topic(), LONG.partition(), offset, "csip.test.v1", "342", null, null, "{}"));
        }

        // The broker restarted: every partition revoked and assigned again, the consumer's positions reset.
        consumer.updateEndOffsets(Map.of(LONG, 5_200L));
        consumer.seekToBeginning(List.of(LONG, SHORT, TRIMMED));
        partitions.onPartitionsAssigned(consumer, List.of(LONG, SHORT, TRIMMED));

        assertThat(consumer.position(LONG)).as("just after the last event the feed appended").isEqualTo(4_910);
        assertThat(consumer.position(SHORT)).isZero();
        assertThat(consumer.position(TRIMMED)).isEqualTo(4_000);
        assertThat(partitions.known("action-plan-events:0")).isTrue();
        assertThat(partitions.known("action-plan-events:7")).isFalse();
    }

    @Test
    void whenKafkaCannotSayWherePartitionsEndTheFeedStillStartsAndGoesOnWhereItWas() {
        EventFeed feed = new EventFeed(SubscriptionTest.config(100));
        MockConsumer<String, String> consumer = consumer();
        FeedPartitions partitions = new FeedPartitions(feed);
        partitions.onPartitionsAssigned(consumer, List.of(LONG));
        feed.append(FeedEvent.read(LONG.topic(), LONG.partition(), 4_900, "csip.test.v1", "342", null, null, "{}"));
        TopicPartition unknown = new TopicPartition("inspection-events", 0);
        consumer.assign(List.of(LONG, unknown));

        // No offsets known for the new partition: the consumer double refuses, as a broker gone away would.
        partitions.onPartitionsAssigned(consumer, List.of(LONG, unknown));

        assertThat(consumer.position(LONG)).isEqualTo(4_901);
        assertThat(partitions.known("inspection-events:0")).isTrue();
    }

    private static MockConsumer<String, String> consumer() {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(LONG, SHORT, TRIMMED));
        consumer.updateBeginningOffsets(Map.of(LONG, 0L, SHORT, 0L, TRIMMED, 4_000L));
        consumer.updateEndOffsets(Map.of(LONG, 5_000L, SHORT, 30L, TRIMMED, 4_050L));
        return consumer;
    }
}
