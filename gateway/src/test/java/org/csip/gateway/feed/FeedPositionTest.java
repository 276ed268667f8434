package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A dashboard's {@code Last-Event-ID} resumes its feed on any gateway replica: replicas read the partitions
 * interleaved in their own orders, yet the resumed dashboard gets everything it had not had, and nothing twice.
 */
class FeedPositionTest {
    private static final FeedEvent A1 = event("action-plan-events", 0, 1);
    private static final FeedEvent A2 = event("action-plan-events", 0, 2);
    private static final FeedEvent B1 = event("action-plan-events", 1, 1);
    private static final FeedEvent B2 = event("action-plan-events", 1, 2);
    private static final FeedEvent I7 = event("inspection-events", 2, 7);

    @Test
    void aDashboardResumedOnAnotherReplicaGetsExactlyWhatItHadNotHad() {
        EventFeed first = new EventFeed(SubscriptionTest.config(100));
        EventFeed second = new EventFeed(SubscriptionTest.config(100));
        // The same events, interleaved differently on each replica (per partition, Kafka's order holds).
        List.of(A1, B1, A2, I7, B2).forEach(first::append);
        List.of(B1, B2, I7, A1, A2).forEach(second::append);

        List<FeedEvent> onFirst = new ArrayList<>();
        Runnable stop = first.subscribe(null, () -> { }, onFirst::add);
        stop.run();
        // The dashboard had the first three on the first replica (A1, B1, A2), then dropped.
        String lastEventId = onFirst.get(2).id();
        assertThat(lastEventId).isEqualTo("action-plan-events:0:2,action-plan-events:1:1");

        List<FeedEvent> onSecond = new ArrayList<>();
        second.subscribe(FeedPosition.parse(lastEventId), () -> { }, onSecond::add);
        assertThat(onSecond).extracting(FeedEvent::partitionKey, FeedEvent::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("action-plan-events:1", 2L),
                        org.assertj.core.groups.Tuple.tuple("inspection-events:2", 7L));
        // Matching the last event's own id instead (A2, last on the second replica) would have lost B2 and I7.
    }

    @Test
    void aReplicaBehindTheOneTheDashboardLeftNeverSendsItWhatItHadAlready() {
        EventFeed lagging = new EventFeed(SubscriptionTest.config(100));
        lagging.append(A1);
        List<FeedEvent> got = new ArrayList<>();
        lagging.subscribe(FeedPosition.parse("action-plan-events:0:2,action-plan-events:1:1"), () -> { }, got::add);
        List.of(B1, A2, B2).forEach(lagging::append);
        assertThat(got).extracting(FeedEvent::partitionKey, FeedEvent::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("action-plan-events:1", 2L));
    }

    @Test
    void aDashboardAwayLongerThanTheWindowIsToldItMissedSome() {
        EventFeed small = new EventFeed(SubscriptionTest.config(2));
        List.of(A1, A2, B1, B2).forEach(small::append);
        List<String> told = new ArrayList<>();
        small.subscribe(FeedPosition.parse("action-plan-events:0:1"), () -> told.add("gap"),
                event -> told.add(event.partitionKey() + ":" + event.offset()));
        // A1 and A2 left the window, and it had only A1: it is told so before it gets what is still held.
        assertThat(told).containsExactly("gap", "action-plan-events:1:1", "action-plan-events:1:2");

        List<String> upToDate = new ArrayList<>();
        small.subscribe(FeedPosition.parse("action-plan-events:0:2,action-plan-events:1:1"), () -> upToDate.add("gap"),
                event -> upToDate.add(event.partitionKey() + ":" + event.offset()));
        assertThat(upToDate).containsExactly("action-plan-events:1:2");
    }

    @Test
    void aPageOpenedAfreshStartsWithItsLastFewVisibleEvents() {
        EventFeed feed = new EventFeed(SubscriptionTest.config(100));
        List.of(A1, B1, A2, I7, B2).forEach(feed::append);
        List<FeedEvent> got = new ArrayList<>();
        // Two most recent events of partition action-plan-events:0 or inspection-events: A2 and I7.
        feed.subscribe(feed.recent(2, e -> !e.partitionKey().equals("action-plan-events:1")), () -> got.add(null),
                got::add);
        assertThat(got).extracting(FeedEvent::partitionKey, FeedEvent::offset)
                .contains(org.assertj.core.groups.Tuple.tuple("action-plan-events:0", 2L),
                        org.assertj.core.groups.Tuple.tuple("inspection-events:2", 7L))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("action-plan-events:0", 1L));
    }

    @Test
    void onlyIdsThisFeedWritesAreRead() {
        assertThat(FeedPosition.parse(" inspection-events:0:12, action-plan-events:2:3 ").offsets())
                .isEqualTo(Map.of("inspection-events:0", 12L, "action-plan-events:2", 3L));
        assertThat(new FeedPosition(Map.of("b:1", 2L, "a:0", 5L)).encode()).isEqualTo("a:0:5,b:1:2");
        for (String bad : List.of("", "yesterday", "inspection-events:0", "inspection-events:x:1", "a b:0:1",
                "inspection-events:0:-1", "secret-topic:0:1", "inspection-events-x:0:1")) {
            assertThatThrownBy(() -> FeedPosition.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLastEventIdNamingAPartitionTheFeedDoesNotReadIsA400NamingTheHeader() {
        java.util.function.Predicate<String> twoPartitions = Set.of("inspection-events:0", "inspection-events:1")::contains;
        assertThat(FeedPosition.fromHeader("inspection-events:1:4", twoPartitions).offsets())
                .isEqualTo(Map.of("inspection-events:1", 4L));
        assertThat(FeedPosition.fromHeader(null, twoPartitions)).isNull();
        assertThatThrownBy(() -> FeedPosition.fromHeader("inspection-events:99:5", twoPartitions))
                .isInstanceOf(org.csip.common.problem.ProblemException.class)
                .hasMessageContaining("Last-Event-ID").hasMessageContaining("inspection-events:99");
    }

    @Test
    void theTopicsItAcceptsAreTheTopicsTheFeedReads() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = FeedPositionTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(Set.of(properties.getProperty("mp.messaging.incoming.partner-feed.topics").split(",")))
                .isEqualTo(FeedPosition.TOPICS);
    }

    private static FeedEvent event(String topic, int partition, long offset) {
        return FeedEvent.read(topic, partition, offset, "csip.test.v1", "342", null, null, "{}");
    }
}
