package org.csip.gateway.feed;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.csip.common.events.CloudEventHeaders;
import org.csip.gateway.config.GatewayConfig;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event of the three topics, fanned out to the open partner feeds, with a bounded window of recent
 * events kept so a dashboard that reconnects with {@code Last-Event-ID} (a {@link FeedPosition}) misses nothing in
 * that window — and is told when what it missed has already left the window.
 * Each replica reads all partitions (its own consumer group), so any replica can serve any dashboard.
 */
@ApplicationScoped
public class EventFeed {
    private final int window;
    private final Deque<FeedEvent> recent = new ArrayDeque<>();
    private final Set<Consumer<FeedEvent>> listeners = new CopyOnWriteArraySet<>();
    /** Per partition ({@code topic:partition}): the highest offset appended, and the highest dropped from the window. */
    private final Map<String, Long> reached = new HashMap<>();
    private final Map<String, Long> evictedThrough = new HashMap<>();
    /** Subjects remembered to drop repeated copies: far more than the window, so a copy is caught long after. */
    private final SubjectSequences relayed = new SubjectSequences(200_000);

    public EventFeed(GatewayConfig config) {
        this.window = config.feed().replayWindow();
    }

    /** How many recent events a (re)connecting subscriber may be handed at once. */
    public int window() {
        return window;
    }

    /**
     * Where this replica reads a partition from when Kafka assigns it: just after what it has already appended (a
     * rebalance, as after the broker restarts, re-reads nothing), or the first time a window's worth before its end —
     * a gateway that starts reads what its window can hold, never the topic's whole retained history. What lies
     * before that start counts as dropped from the window, so a dashboard resuming from further back is told.
     *
     * @param beginning the partition's first offset still held by Kafka; {@code end} the offset of its next event
     */
    public synchronized long startOffset(String partitionKey, long beginning, long end) {
        Long next = nextOffset(partitionKey);
        if (next != null) {
            return next;
        }
        long start = Math.max(beginning, end - window);
        if (start > 0) {
            evictedThrough.merge(partitionKey, start - 1, Math::max);
        }
        return start;
    }

    /** Where this replica goes on reading a partition it has already read from, without asking Kafka; else null. */
    public synchronized Long nextOffset(String partitionKey) {
        Long appended = reached.get(partitionKey);
        return appended == null ? null : appended + 1;
    }

    /** Runs on the event loop: an in-memory append, so the consumer is never paused between records. */
    @Incoming("partner-feed")
    @NonBlocking
    public void receive(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            return; // not a CloudEvent: nothing a dashboard could use
        }
        String subject = header(record, CloudEventHeaders.SUBJECT);
        if (!relayed.advance(subject == null ? null : record.topic() + "/" + subject,
                CloudEventHeaders.sequenceNumber(header(record, CloudEventHeaders.SEQUENCE)))) {
            return; // a copy of (or older than) an event of this subject already relayed
        }
        append(FeedEvent.read(record.topic(), record.partition(), record.offset(), type,
                header(record, CloudEventHeaders.LA_CODE), header(record, CloudEventHeaders.LEAD_AGENCY),
                header(record, CloudEventHeaders.TIME), record.value())
                .concerning(CloudEventHeaders.councils(header(record, CloudEventHeaders.COUNCILS))));
    }

    synchronized void append(FeedEvent read) {
        reached.merge(read.partitionKey(), read.offset(), Math::max);
        FeedEvent event = read.at(new FeedPosition(reached));
        recent.addLast(event);
        while (recent.size() > window) {
            FeedEvent dropped = recent.removeFirst();
            evictedThrough.merge(dropped.partitionKey(), dropped.offset(), Math::max);
        }
        listeners.forEach(listener -> listener.accept(event));
    }

    /**
     * A position from which a subscriber is handed the last {@code count} events it may see (or all it may see of
     * the window when there are fewer): a freshly opened page starts with its recent activity.
     */
    public synchronized FeedPosition recent(int count, Predicate<FeedEvent> visible) {
        FeedEvent earliest = null;
        int seen = 0;
        for (var events = recent.descendingIterator(); events.hasNext() && seen < count; ) {
            FeedEvent event = events.next();
            if (visible.test(event)) {
                earliest = event;
                seen++;
            }
        }
        if (earliest == null) {
            return new FeedPosition(reached);
        }
        return earliest.position().before(earliest);
    }

    /**
     * Registers a listener after handing it, in order, the recent events it has not had: those beyond
     * {@code from} (a resumed dashboard's position, from any replica), or all of them when {@code from} is null.
     * Events it has had never reach it again, even live ones this replica reads later than another did. When some
     * it has not had are no longer held, {@code gap} runs first. Done under one lock with {@link #append}, so no
     * event falls between the replay and the live stream, and none comes twice.
     */
    public synchronized Runnable subscribe(FeedPosition from, Runnable gap, Consumer<FeedEvent> listener) {
        FeedPosition since = from == null ? FeedPosition.START : from;
        if (from != null && from.missedAny(evictedThrough)) {
            gap.run();
        }
        Consumer<FeedEvent> unseen = event -> {
            if (!since.covers(event)) {
                listener.accept(event);
            }
        };
        recent.forEach(unseen);
        listeners.add(unseen);
        return () -> listeners.remove(unseen);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
