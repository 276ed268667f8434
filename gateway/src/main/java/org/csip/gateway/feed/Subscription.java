package org.csip.gateway.feed;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One dashboard's stream of the feed: the events its agency may see (of the wanted types), heartbeats, and a bounded
 * buffer of its own. A subscriber that falls more than the buffer behind is closed with a reason — it reconnects with
 * {@code Last-Event-ID} and catches up from the replay window — so a slow one never holds back the others or the
 * gateway's memory.
 */
public final class Subscription {
    /** The SSE event name of a stream being closed, with the reason. */
    public static final String CLOSED = "feed-closed";
    /** The SSE event name saying some events the subscriber missed are no longer held. */
    public static final String GAP = "feed-gap";

    /** What the stream carries: an event, a heartbeat, or the reason it is being closed (then it ends). */
    public record Item(FeedEvent event, boolean heartbeat, String closedBecause, String gap) {
        static Item of(FeedEvent event) {
            return new Item(event, false, null, null);
        }

        static final Item HEARTBEAT = new Item(null, true, null, null);
    }

    private Subscription() {
    }

    /** A heartbeat, a gap notice or the reason the stream is being closed, as an SSE event (not for events). */
    public static OutboundSseEvent control(Sse sse, Item item) {
        if (item.heartbeat()) {
            return sse.newEventBuilder().comment("heartbeat").build();
        }
        boolean gap = item.gap() != null;
        return sse.newEventBuilder().name(gap ? GAP : CLOSED).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(gap ? item.gap() : item.closedBecause()).build();
    }

    /**
     * @param slack how many events beyond the replay window the subscriber may fall behind: its buffer holds the
     *              window (handed over at once on connecting) plus this
     */
    public static Multi<Item> of(EventFeed feed, Predicate<FeedEvent> visible, FeedPosition from, Set<String> types,
                                 int slack,
                                 Duration heartbeat, ScheduledExecutorService timer) {
        int buffer = feed.window() + slack;
        Multi<Item> items = Multi.createFrom().emitter(emitter -> {
            Runnable gap = () -> emitter.emit(new Item(null, false, null, "Some events after your Last-Event-ID are"
                    + " no longer held (this gateway keeps the last " + feed.window() + "): reload your figures"));
            Runnable unsubscribe = feed.subscribe(from, gap, event -> {
                if (visible.test(event) && (types.isEmpty() || types.contains(event.type()))) {
                    emitter.emit(Item.of(event));
                }
            });
            ScheduledFuture<?> beats = timer.scheduleAtFixedRate(() -> emitter.emit(Item.HEARTBEAT),
                    heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> {
                beats.cancel(false);
                unsubscribe.run();
            });
        });
        return items.onOverflow().buffer(buffer)
                .onFailure(BackPressureFailure.class).recoverWithItem(failure -> new Item(null, false,
                        "This client fell more than " + slack + " events behind; reconnect with Last-Event-ID to"
                                + " catch up", null));
    }
}
