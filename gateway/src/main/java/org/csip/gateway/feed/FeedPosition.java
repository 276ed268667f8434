package org.csip.gateway.feed;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;

/**
 * How far a dashboard has read: for each topic partition, the last offset it has been handed or passed over. It is
 * the SSE event id. Replicas receive the partitions interleaved in different orders, but offsets within a partition
 * are the same everywhere, so this position resumes a feed on any gateway replica with nothing missed and nothing
 * twice — which a single "last event" could not promise.
 */
public record FeedPosition(Map<String, Long> offsets) {
    /** Before anything: every event held is still to come. */
    public static final FeedPosition START = new FeedPosition(Map.of());

    /** The topics the feed reads ({@code mp.messaging.incoming.partner-feed.topics}, held equal by a test). */
    static final java.util.Set<String> TOPICS = java.util.Set.of("inspection-events", "action-plan-events",
            "workforce-events");
    private static final Pattern PART = Pattern.compile("([A-Za-z0-9._-]+:\\d{1,9}):(\\d{1,19})");

    public FeedPosition {
        offsets = Map.copyOf(offsets);
    }

    /**
     * Reads a {@code Last-Event-ID}: {@code topic:partition:offset} parts joined by commas.
     *
     * @throws IllegalArgumentException when it is not one this gateway wrote
     */
    public static FeedPosition parse(String lastEventId) {
        Map<String, Long> offsets = new TreeMap<>();
        for (String part : lastEventId.trim().split(",")) {
            Matcher matcher = PART.matcher(part.trim());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + part + "' is not topic:partition:offset");
            }
            String topic = matcher.group(1).substring(0, matcher.group(1).lastIndexOf(':'));
            if (!TOPICS.contains(topic)) {
                throw new IllegalArgumentException("'" + topic + "' is not a topic of this feed");
            }
            offsets.merge(matcher.group(1), Long.parseLong(matcher.group(2)), Math::max);
        }
        return new FeedPosition(offsets);
    }

    /**
     * The position a {@code Last-Event-ID} header names, or null when there is none; an id this feed never wrote is a
     * 400 naming the header.
     */
    public static FeedPosition fromHeader(String lastEventId, java.util.function.Predicate<String> knownPartition) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            FeedPosition position = parse(lastEventId);
            for (String partition : position.offsets().keySet()) {
                if (!knownPartition.test(partition)) {
                    throw new IllegalArgumentException("the feed has no partition " + partition);
                }
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("Last-Event-ID", "is not an id this feed sent: " + e.getMessage());
        }
    }

    /** The SSE id: the partitions in a fixed order, so equal positions read the same. */
    public String encode() {
        return new TreeMap<>(offsets).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** This position with {@code event} not yet read (it is its own position, less the event itself). */
    public FeedPosition before(FeedEvent event) {
        Map<String, Long> earlier = new TreeMap<>(offsets);
        earlier.put(event.partitionKey(), event.offset() - 1);
        return new FeedPosition(earlier);
    }

    /** Whether the reader has already had (or passed over) this event. */
    public boolean covers(FeedEvent event) {
        return offsets.getOrDefault(event.partitionKey(), -1L) >= event.offset();
    }

    /** Whether events the reader has not had were dropped from the window ({@code evictedThrough}: per partition). */
    public boolean missedAny(Map<String, Long> evictedThrough) {
        return evictedThrough.entrySet().stream().anyMatch(e -> e.getValue() > offsets.getOrDefault(e.getKey(), -1L));
    }
}
