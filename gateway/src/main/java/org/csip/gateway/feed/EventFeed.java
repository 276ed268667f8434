package org.csip.gateway.feed;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.csip.common.events.CloudEventHeaders;
import org.csip.gateway.config.GatewayConfig;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event of the three topics, fanned out to the open partner feeds, with a bounded window of recent
 * events kept so a dashboard that reconnects with {@code Last-Event-ID} misses nothing in that window.
 * Each replica reads all partitions (its own consumer group), so any replica can serve any dashboard.
 */
@ApplicationScoped
public class EventFeed {
    private final int window;
    private final Deque<FeedEvent> recent = new ArrayDeque<>();
    private final Set<Consumer<FeedEvent>> listeners = new CopyOnWriteArraySet<>();

    public EventFeed(GatewayConfig config) {
        this.window = config.feed().replayWindow();
    }

    /** How many recent events a (re)connecting subscriber may be handed at once. */
    public int window() {
        return window;
    }

    /** Runs on the event loop: an in-memory append, so the consumer is never paused between records. */
    @Incoming("partner-feed")
    @NonBlocking
    public void receive(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            return; // not a CloudEvent: nothing a dashboard could use
        }
        append(new FeedEvent(record.topic() + ":" + record.partition() + ":" + record.offset(), type,
                record.topic(), header(record, CloudEventHeaders.LA_CODE),
                header(record, CloudEventHeaders.LEAD_AGENCY), header(record, CloudEventHeaders.TIME),
                record.value()));
    }

    synchronized void append(FeedEvent event) {
        recent.addLast(event);
        while (recent.size() > window) {
            recent.removeFirst();
        }
        listeners.forEach(listener -> listener.accept(event));
    }

    /**
     * Registers a listener after handing it, in order, the recent events that follow {@code lastEventId}
     * (all recent events when it is null or no longer held). Done under one lock with {@link #append},
     * so no event falls between the replay and the live stream, and none comes twice.
     */
    public synchronized Runnable subscribe(String lastEventId, Consumer<FeedEvent> listener) {
        List<FeedEvent> backlog = new ArrayList<>(recent);
        if (lastEventId != null) {
            for (int i = 0; i < backlog.size(); i++) {
                if (backlog.get(i).id().equals(lastEventId)) {
                    backlog = backlog.subList(i + 1, backlog.size());
                    break;
                }
            }
        }
        backlog.forEach(listener);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
