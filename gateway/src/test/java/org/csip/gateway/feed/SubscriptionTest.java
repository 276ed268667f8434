package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.csip.common.security.Agency;
import org.csip.gateway.config.GatewayConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A slow subscriber is closed with a reason once it falls a buffer behind; a fast one beside it gets everything. */
class SubscriptionTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final EventFeed feed = new EventFeed(config(4));

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aSubscriberThatFallsBehindIsClosedWithAReasonAndTheOthersMissNothing() {
        AssertSubscriber<Subscription.Item> slow = Subscription.of(feed, feedOf(Agency.POLICE), null, Set.of(),
                3, Duration.ofHours(1), timer).subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<Subscription.Item> fast = Subscription.of(feed, feedOf(Agency.POLICE), null, Set.of(),
                3, Duration.ofHours(1), timer).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 1; i <= 5; i++) {
            feed.append(FeedEvent.read("inspection-events", 0, i, "csip.inspection.notified.v1",
                    "342", null, null, "{\"n\": " + i + "}"));
        }

        assertThat(fast.getItems()).extracting(item -> item.event().id())
                .containsExactly("inspection-events:0:1", "inspection-events:0:2", "inspection-events:0:3",
                        "inspection-events:0:4", "inspection-events:0:5");
        fast.assertNotTerminated();

        // Its buffer holds the replay window (4) plus 3: the 8th event it has not taken closes it.
        for (int i = 6; i <= 8; i++) {
            feed.append(FeedEvent.read("inspection-events", 0, i, "csip.inspection.notified.v1",
                    "342", null, null, "{\"n\": " + i + "}"));
        }
        assertThat(fast.getItems()).hasSize(8);
        slow.request(20);
        slow.assertCompleted();
        List<Subscription.Item> got = slow.getItems();
        assertThat(got.get(got.size() - 1).closedBecause()).contains("fell more than 3 events behind", "Last-Event-ID");
        assertThat(got.subList(0, got.size() - 1)).allMatch(item -> item.event() != null).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void aNewSubscriberIsHandedAWholeReplayWindowWithoutBeingClosed() {
        for (int i = 1; i <= 6; i++) {
            feed.append(FeedEvent.read("inspection-events", 1, i, "csip.inspection.notified.v1",
                    "342", null, null, "{}"));
        }
        AssertSubscriber<Subscription.Item> fresh = Subscription.of(feed, feedOf(Agency.COUNCIL), null, Set.of(),
                3, Duration.ofHours(1), timer).subscribe().withSubscriber(AssertSubscriber.create(0));
        fresh.request(10);
        assertThat(fresh.getItems()).extracting(item -> item.event().id()).containsExactly("inspection-events:1:3",
                "inspection-events:1:4", "inspection-events:1:5", "inspection-events:1:6");
        fresh.assertNotTerminated();
    }

    @Test
    void aQuietFeedStillSendsHeartbeats() {
        AssertSubscriber<Subscription.Item> idle = Subscription.of(feed, feedOf(Agency.HEALTH), null, Set.of(),
                3, Duration.ofMillis(50), timer).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        idle.awaitItems(2, Duration.ofSeconds(5));
        assertThat(idle.getItems()).allMatch(Subscription.Item::heartbeat);
        idle.cancel();
    }

    private static java.util.function.Predicate<FeedEvent> feedOf(Agency agency) {
        return event -> FeedVisibility.visibleTo(agency, Set.of("342"), event);
    }

    static GatewayConfig config(int window) {
        return new GatewayConfig() {
            @Override
            public String laCode() {
                return "342";
            }

            @Override
            public Map<String, String> upstreams() {
                return Map.of();
            }

            @Override
            public Duration upstreamProbeInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration upstreamTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int upstreamConnections() {
                return 64;
            }

            @Override
            public Feed feed() {
                return new Feed() {
                    @Override
                    public int replayWindow() {
                        return window;
                    }

                    @Override
                    public int subscriberBuffer() {
                        return 3;
                    }

                    @Override
                    public Duration heartbeat() {
                        return Duration.ofHours(1);
                    }
                };
            }

            @Override
            public RateLimit rateLimit() {
                return null;
            }

            @Override
            public VerifiedTokens verifiedTokens() {
                return null;
            }
        };
    }
}
